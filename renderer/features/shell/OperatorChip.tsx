// Who is signed in, in the header, with the button that signs them out (their badge does the same).
import { useTranslation } from 'react-i18next';
import { signOut } from '../../app/operator-sign-in.ts';
import { useToastStore } from '../../app/use-toast-store.ts';
import './operator-chip.css';

export function OperatorChip(props: { operator: string }) {
  const { t } = useTranslation('signin');
  if (props.operator === '') {
    return (
      <span className="station-operator">
        <em>{t('chip.nobody')}</em>
      </span>
    );
  }
  async function signOutNow() {
    const refusal = await signOut();
    if (refusal) useToastStore.getState().show({ kind: 'error', text: refusal.message });
  }
  return (
    <span className="station-operator">
      <span className="station-operator-label">{t('chip.label')}:</span>{' '}
      <strong className="station-operator-name">{props.operator}</strong>
      <button type="button" className="secondary operator-sign-out" onClick={() => void signOutNow()}>
        {t('chip.signOut')}
      </button>
    </span>
  );
}
