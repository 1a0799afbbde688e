// Which of the orders a scan named: fulfillment orders of one sales order share its number, so the
// operator picks by fulfillment id, first product, status and customer. Arrow keys and Enter or a
// click choose; Escape closes without opening any.
import { type KeyboardEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { sourceOfKey } from '../../../shared/domain/order-keys.ts';
import type { OrderMatch } from '../../../shared/ipc/orders.ts';
import { useNavigationStore } from '../../app/use-navigation-store.ts';
import { type OrderChoice, useOrderChoiceStore } from '../../app/use-order-choice-store.ts';
import { Dialog } from '../../ui/Dialog.tsx';
import { ShopStepBadge } from '../../ui/ShopStepBadge.tsx';
import { StatusBadge } from '../../ui/StatusBadge.tsx';
import './order-chooser.css';

export function OrderChooser() {
  const choice = useOrderChoiceStore((state) => state.choice);
  // A new choice starts afresh at its first order.
  return choice ? <ChooserDialog key={choiceKey(choice)} choice={choice} /> : null;
}

function choiceKey(choice: OrderChoice): string {
  return `${choice.code}:${choice.matches.map((match) => match.orderId).join(',')}`;
}

function ChooserDialog(props: { choice: OrderChoice }) {
  const { matches } = props.choice;
  const { t } = useTranslation('order-chooser');
  const close = useOrderChoiceStore((state) => state.close);
  const [active, setActive] = useState(0);

  function choose(match: OrderMatch | undefined) {
    if (!match) return;
    close();
    useNavigationStore.getState().openOrder(match.orderId);
  }

  function onKeyDown(event: KeyboardEvent<HTMLDivElement>) {
    const last = matches.length - 1;
    const next: Record<string, number> = {
      ArrowDown: Math.min(last, active + 1),
      ArrowUp: Math.max(0, active - 1),
      Home: 0,
      End: last,
    };
    if (event.key === 'Enter') {
      event.preventDefault();
      choose(matches[active]);
    } else if (event.key in next) {
      event.preventDefault();
      setActive(next[event.key] ?? active);
    }
  }

  const number = matches[0]?.orderNumber ?? props.choice.code;
  return (
    <Dialog title={t('title', { count: matches.length, number })} onClose={close}>
      <p className="chooser-hint">{t('hint')}</p>
      <div
        className="chooser-list"
        role="listbox"
        aria-label={t('listLabel', { number })}
        aria-activedescendant={`chooser-option-${matches[active]?.orderId}`}
        tabIndex={0}
        data-autofocus
        onKeyDown={onKeyDown}
      >
        {matches.map((match, index) => (
          // biome-ignore lint/a11y/useKeyWithClickEvents: the listbox takes the keys (aria-activedescendant)
          <div
            key={match.orderId}
            tabIndex={-1}
            id={`chooser-option-${match.orderId}`}
            role="option"
            aria-selected={index === active}
            className={`chooser-option${index === active ? ' chooser-option-active' : ''}`}
            onClick={() => choose(match)}
            onMouseMove={() => setActive(index)}
          >
            <span className="chooser-number">
              {match.orderNumber}{' '}
              {/* A shop order's key means nothing outside this station: its shop names it. */}
              <span className="chooser-fulfillment">
                {isShopKey(match.orderId)
                  ? t(`common:shopName.${sourceOfKey(match.orderId)}`)
                  : `#${match.orderId}`}
              </span>
            </span>
            <span className="chooser-status">
              {match.closed && <span className="chooser-closed">{t('closed')}</span>}
              {isShopKey(match.orderId) ? (
                <ShopStepBadge status={match.effectiveStatus} />
              ) : (
                <StatusBadge status={match.effectiveStatus} />
              )}
            </span>
            <span className="chooser-product">{match.firstProduct ?? t('noProduct')}</span>
            <span className="chooser-customer">{match.customerName}</span>
          </div>
        ))}
      </div>
      <div className="dialog-buttons">
        <button type="button" className="secondary" onClick={close}>
          {t('common:button.cancel')}
        </button>
      </div>
    </Dialog>
  );
}

function isShopKey(key: number): boolean {
  const source = sourceOfKey(key);
  return source !== null && source !== 'equipme';
}
