// Asks for the supervisor PIN before a change main guards with it (the API connection, the
// locations). A wrong PIN keeps the prompt open with main's words; any other answer closes it and
// goes back to the card that asked, which shows it.
import { type FormEvent, type ReactNode, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { IpcError } from '../../../shared/ipc/envelope.ts';
import { useSettingsStore } from '../../app/use-settings-store.ts';
import { Dialog, DialogFooter } from '../../ui/Dialog.tsx';
import { PinInput } from '../../ui/PinInput.tsx';

/** Main's answer, or 'cancelled' when the supervisor closed the prompt. */
export type GuardedAnswer = IpcError | null | 'cancelled';

type Run = (pin: string | undefined) => Promise<IpcError | null>;

function PinPrompt(props: { reason: string; run: Run; onDone: (answer: GuardedAnswer) => void }) {
  const { t } = useTranslation('settings');
  const [pin, setPin] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  async function submit(event: FormEvent) {
    event.preventDefault();
    if (pin === '') return setError(t('supervisorPrompt.required'));
    setBusy(true);
    const failure = await props.run(pin);
    setBusy(false);
    if (failure?.code !== 'wrong-pin') return props.onDone(failure);
    setPin('');
    setError(failure.message);
  }

  return (
    <Dialog title={t('supervisorPrompt.title')} onClose={() => props.onDone('cancelled')}>
      <form noValidate onSubmit={(event) => void submit(event)}>
        <p className="dialog-lead">{props.reason}</p>
        <PinInput label={t('supervisorPrompt.pin')} value={pin} onChange={setPin} />
        <DialogFooter
          error={error}
          onCancel={() => props.onDone('cancelled')}
          submitLabel={busy ? t('supervisorPrompt.checking') : t('supervisorPrompt.confirm')}
          submitDisabled={busy}
        />
      </form>
    </Dialog>
  );
}

/**
 * `guard(reason, run)` runs a change that main guards with the PIN: with a PIN set it asks for it
 * first; without one it runs at once and main decides (a demo station's first setup, or its words
 * that a PIN must be set first). Render `prompt` in the card.
 */
export function useSupervisorPin(): {
  guard(reason: string, run: Run): Promise<GuardedAnswer>;
  prompt: ReactNode;
} {
  const pinSet = useSettingsStore((state) => state.settings?.supervisorPinSet ?? false);
  const [asking, setAsking] = useState<{
    reason: string;
    run: Run;
    resolve: (answer: GuardedAnswer) => void;
  } | null>(null);

  return {
    guard(reason, run) {
      if (!pinSet) return run(undefined);
      return new Promise((resolve) => setAsking({ reason, run, resolve }));
    },
    prompt: asking && (
      <PinPrompt
        reason={asking.reason}
        run={asking.run}
        onDone={(answer) => {
          setAsking(null);
          asking.resolve(answer);
        }}
      />
    ),
  };
}
