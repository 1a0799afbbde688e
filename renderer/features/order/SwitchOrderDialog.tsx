// Another order's label scanned on this order's screen: maybe the packer moves on, maybe the label
// went onto the wrong box. Ask before leaving this order.
import type { FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigationStore } from '../../app/use-navigation-store.ts';
import { Dialog, DialogFooter } from '../../ui/Dialog.tsx';
import { useOrderStore } from './use-order-store.ts';

export function SwitchOrderDialog(props: { orderId: number; currentId: number }) {
  const { t } = useTranslation('picking');
  const cancel = useOrderStore((state) => state.cancelSwitch);

  function submit(event: FormEvent) {
    event.preventDefault();
    cancel();
    useNavigationStore.getState().openOrder(props.orderId);
  }

  return (
    <Dialog title={t('switch.title')} onClose={cancel}>
      <form noValidate onSubmit={submit}>
        <p className="dialog-lead">
          {t('switch.lead', { orderId: props.orderId, currentId: props.currentId })}
        </p>
        <DialogFooter
          error={null}
          onCancel={cancel}
          cancelLabel={t('switch.stay', { currentId: props.currentId })}
          submitLabel={t('switch.open', { orderId: props.orderId })}
        />
      </form>
    </Dialog>
  );
}
