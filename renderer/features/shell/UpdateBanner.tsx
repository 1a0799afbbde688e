// "An update is ready — install now / later": only when main says it may ask (ready, nothing sending,
// not put off) and never over an open order or shipment. Main checks the same again on install.
import { useTranslation } from 'react-i18next';
import { useNavigationStore } from '../../app/use-navigation-store.ts';
import { useUpdateStore } from '../../app/use-update-store.ts';

export function UpdateBanner() {
  const { t } = useTranslation('updates');
  const view = useUpdateStore((state) => state.view);
  const error = useUpdateStore((state) => state.error);
  const installNow = useUpdateStore((state) => state.installNow);
  const later = useUpdateStore((state) => state.later);
  const packing = useNavigationStore(
    (state) => state.screen.name === 'order' || state.screen.name === 'shipment',
  );
  if (!view?.offer || packing) return null;
  return (
    <div className="sync-banner update-banner" role="status">
      <div className="sync-banner-text">
        <strong className="sync-banner-title">{t('banner.ready', { version: view.version })}</strong>
        <span>{error ?? t('banner.explained')}</span>
      </div>
      <button type="button" className="sync-banner-action" onClick={() => void installNow()}>
        {t('banner.installNow')}
      </button>
      <button type="button" className="sync-banner-action secondary" onClick={() => void later()}>
        {t('banner.later')}
      </button>
    </div>
  );
}
