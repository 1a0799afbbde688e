// Locked orders wait for someone to look at them, on every screen: a red banner with their number
// that opens the queue, where each one is marked "Locked".
import { useTranslation } from 'react-i18next';
import { useNavigationStore } from '../../app/use-navigation-store.ts';
import { useStationHealth } from '../../app/use-sync-store.ts';
import { WarningIcon } from '../../ui/Icons.tsx';

export function LockedOrdersBanner() {
  const { t } = useTranslation('common');
  const locked = useStationHealth().lockedOrders;
  const openQueue = useNavigationStore((state) => state.openQueue);
  if (locked === 0) return null;
  return (
    <div className="sync-banner sync-banner-alert sync-banner-locked icon-on-danger" role="alert">
      <WarningIcon />
      <div className="sync-banner-text">
        <strong className="sync-banner-title">{t('banner.lockedOrders', { count: locked })}</strong>
        <span>{t('banner.lockedExplained')}</span>
      </div>
      <button type="button" className="sync-banner-action" onClick={openQueue}>
        {t('banner.openQueue')}
      </button>
    </div>
  );
}
