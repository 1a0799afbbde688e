import { useTranslation } from 'react-i18next';
import { useToastStore } from '../../app/use-toast-store.ts';

/** Short messages (saved, scan not recognised…) at the bottom of the screen; errors stay longer. */
export function ToastArea() {
  const { t } = useTranslation('common');
  const { toasts, dismiss } = useToastStore();
  return (
    <div className="toast-area">
      {toasts.map((toast) => (
        <div
          key={toast.id}
          className={`toast toast-${toast.kind}`}
          role={toast.kind === 'error' ? 'alert' : 'status'}
        >
          <span className="toast-text">{toast.text}</span>
          <button
            type="button"
            className="toast-dismiss"
            aria-label={t('toast.dismiss')}
            onClick={() => dismiss(toast.id)}
          >
            ×
          </button>
        </div>
      ))}
    </div>
  );
}
