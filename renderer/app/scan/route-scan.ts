// Where a scan goes: into the open dialog's field, to the pick list of the open order, or to the
// order it names (our label, an order id/number, an external id) or the shipment of the sales order
// number it is. On the shipment screen an order's label opens that order; items are picked on it.
import { labelBarcode, parseOrderCode, shopLabelBarcode } from '../../../shared/domain/scan-codes.ts';
import { detectLayoutMismatch } from '../../../shared/domain/scanner-layout.ts';
import { invoke } from '../../api/station.ts';
import { i18n } from '../../i18n/index.ts';
import { takeSignInScan } from '../operator-sign-in.ts';
import { useNavigationStore } from '../use-navigation-store.ts';
import { useOrderChoiceStore } from '../use-order-choice-store.ts';
import { useToastStore } from '../use-toast-store.ts';
import { insertText, isTextField } from './retype-keys.ts';
import { scanTarget } from './scan-targets.ts';
import { measureScanFeedback } from './scan-timing.ts';

export function routeScan(code: string, target: EventTarget | null): void {
  const layout = detectLayoutMismatch(code);
  if (layout.mismatch) {
    toast('error', i18n.t(`picking:layout.${layout.kind}`, { defaultValue: layout.message }));
  }
  // Who is packing comes first: a badge signs in, out or switches; before sign-in nothing counts.
  if (takeSignInScan(code)) return;
  // A dialog is open (a PIN, a reason): a scan there is typed into its field, e.g. a badge.
  if (document.querySelector('[role="dialog"][aria-modal="true"]')) {
    if (isTextField(target) && target.closest('[role="dialog"]')) insertText(target, code);
    return;
  }
  const parsed = parseOrderCode(code);
  const screen = useNavigationStore.getState().screen;
  if (screen.name === 'order') {
    // Everything goes to the order's screen, labels too: its own label is not an item, and another
    // order's label asks first whether to switch (the label may be on the wrong box).
    if (scanTarget('order')?.(code) !== 'taken') toast('info', i18n.t('picking:scan.notReady'));
    return;
  }
  const text =
    parsed.kind === 'label'
      ? labelBarcode(parsed.orderId)
      : parsed.kind === 'shop-label'
        ? shopLabelBarcode(parsed.source, parsed.id)
        : parsed.text;
  void lookUp(text, screen.name === 'shipment' ? screen.salesOrderId : null);
}

/** `shipment`: the sales order on screen, whose orders open with the way back to it. */
async function lookUp(code: string, shipment: number | null): Promise<void> {
  const response = await invoke('orders:lookup', { code });
  const navigation = useNavigationStore.getState();
  if (!response.ok) {
    toast('error', response.error.message);
  } else if (response.value === null) {
    // On a shipment an item scanned is no order: it is picked on its order's screen.
    toast(
      'error',
      i18n.t(shipment === null ? 'picking:scan.noOrder' : 'picking:scan.noOrderOnShipment', { code }),
    );
  } else if (response.value.salesOrderId !== undefined) {
    // A sales order number with several fulfillment orders here: the whole shipment, not a chooser.
    if (response.value.salesOrderId !== shipment) navigation.openShipment(response.value.salesOrderId);
    else measureScanFeedback();
  } else if (response.value.matches.length > 1) {
    // Orders of one sales order share its number: the operator chooses, nothing opens silently.
    useOrderChoiceStore.getState().offer({ code, matches: response.value.matches });
    measureScanFeedback();
  } else if (shipment !== null) {
    navigation.openShipmentOrder(response.value.orderId, shipment);
  } else {
    navigation.openOrder(response.value.orderId);
  }
}

function toast(kind: 'error' | 'info', text: string): void {
  useToastStore.getState().show({ kind, text });
  measureScanFeedback();
}
