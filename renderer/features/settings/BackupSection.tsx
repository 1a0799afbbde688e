// "Backups": how the station's own backups go (main takes one at start and one a day). A failed one
// shows here in red until the next succeeds; restoring is IT's, from the command line.
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { BackupStatus } from '../../../shared/ipc/station.ts';
import { invoke } from '../../api/station.ts';
import { formatDateTime } from '../../i18n/format.ts';
import { FieldError, SettingsCard } from '../../ui/SettingsCard.tsx';

export function BackupSection() {
  const { t, i18n } = useTranslation('settings');
  const [status, setStatus] = useState<BackupStatus | null>(null);
  const [error, setError] = useState<string | null>(null);

  useEffect(() => {
    let current = true;
    void invoke('station:backup-status').then((answer) => {
      if (!current) return;
      if (answer.ok) setStatus(answer.value);
      else setError(answer.error.message);
    });
    return () => {
      current = false;
    };
  }, []);

  return (
    <SettingsCard title={t('backups.title')}>
      <p className="field-hint">{t('backups.hint')}</p>
      {status && (
        <p className="settings-current" role="status">
          {status.newestAt === null
            ? t('backups.none')
            : t('backups.newest', { at: formatDateTime(status.newestAt, i18n.language), count: status.kept })}
        </p>
      )}
      {status?.failure && (
        <FieldError
          message={t('backups.failed', {
            at: formatDateTime(status.failure.at, i18n.language),
            message: status.failure.message,
          })}
        />
      )}
      <FieldError message={error} />
    </SettingsCard>
  );
}
