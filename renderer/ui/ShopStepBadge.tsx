// A shop order's status pills. The shops are never told what happens here, so a shop order shows
// the packing step this station recorded ("Packed here") and, beside it, the shop's own status as
// sent — never an Equipme lifecycle word: the cached order is only Equipme-shaped so the pick list
// and the label can read it.
import { useTranslation } from 'react-i18next';
import type { ShopSourceName } from '../../shared/domain/order-sources.ts';
import { SHOP_STEPS } from '../../shared/domain/shop-steps.ts';

/** The packing step reached here, in the colour of the status it stands for. */
export function ShopStepBadge(props: { status: string }) {
  const { t } = useTranslation('common');
  const { status } = props;
  const known = status === 'new' || SHOP_STEPS.some((rule) => rule.to === status);
  return (
    <span className={`status-badge status-${known ? status : 'unknown'}`}>
      {known ? t(`shopStep.${status}`) : t('shopStep.unknown', { status })}
    </span>
  );
}

/** The shop's status exactly as it sent it, with the shop's name: data, never translated. */
export function ShopStatusAsSent(props: {
  source: ShopSourceName;
  status: { code: string; label: string | null };
}) {
  const { t } = useTranslation('common');
  const shop = t(`shopName.${props.source}`);
  const { code, label } = props.status;
  return (
    <span className="shop-status-as-sent" title={t('shopStatusAsSentTitle', { shop })}>
      {t('shopStatusAsSent', { shop, status: label ? `${label} (${code})` : code })}
    </span>
  );
}
