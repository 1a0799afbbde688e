// The bill of materials to pick: progress for the order and per line, what the last scan did, the
// mistakes on record, and a +1/−1 per line for items without a readable barcode (a +1 by hand asks
// for the supervisor PIN while the station setting says so; the line shows what was counted by hand).
import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { orderProgress, type PickLine, pickLines } from '../../../shared/domain/pick-progress.ts';
import type { OrderDetail } from '../../../shared/ipc/orders.ts';
import { measureScanFeedback } from '../../app/scan/scan-timing.ts';
import { ManualCountDialog } from './ManualCountDialog.tsx';
import { ProgressBar } from './ProgressBar.tsx';
import { isScanError, type PickFeedback } from './pick-feedback.ts';
import './pick-list.css';
import { pickedNow, useOrderStore } from './use-order-store.ts';

export function PickList(props: { detail: OrderDetail }) {
  const { detail } = props;
  const { t } = useTranslation('picking');
  const saved = useOrderStore((state) => state.saved);
  const unsaved = useOrderStore((state) => state.unsaved);
  const feedback = useOrderStore((state) => state.feedback);
  const pickError = useOrderStore((state) => state.pickError);
  const manual = useOrderStore((state) => state.manual);
  const mistakes = useOrderStore((state) => state.mistakes);
  const manualAsk = useOrderStore((state) => state.manualAsk);
  const lines = pickLines(detail.order, pickedNow({ saved, unsaved }));
  const progress = orderProgress(lines);
  const override = detail.verificationOverride;
  const locked = detail.lock !== null;
  // Packed (or further): the counts stay as packed; main refuses changes too.
  const packed = detail.picksLocked !== null;
  const notCounted = feedback?.kind === 'own-label' || feedback?.kind === 'packed';

  useEffect(() => {
    if (feedback) measureScanFeedback();
  }, [feedback]);

  return (
    <section className="pick-list" aria-labelledby="pick-list-title">
      <div className="pick-summary">
        <h2 id="pick-list-title">{t('title')}</h2>
        <MistakeCounts wrongScans={mistakes.wrongScans} overScans={mistakes.overScans} />
        <span className="pick-summary-count">
          {t('progress', { picked: progress.picked, total: progress.total })}
        </span>
      </div>
      <ProgressBar value={progress.picked} max={progress.total} label={t('orderProgress')} />
      {progress.complete && lines.length > 0 && !locked && !notCounted ? (
        <p
          key={feedback?.kind === 'order-complete' ? feedback.seq : 'verified'}
          className={`pick-verified${feedback?.kind === 'order-complete' ? ' pick-verified-new' : ''}`}
          role="status"
        >
          <span aria-hidden="true">✓ </span>
          {t('verified')}
        </p>
      ) : (
        <LastScan feedback={feedback} lines={lines} locked={locked} packed={packed} />
      )}
      {packed && !locked && (
        <p className="pick-packed" role="note">
          {t('packed.idle')}
        </p>
      )}
      {override && !progress.complete && (
        <p className="pick-override" role="note">
          {t('override.shown', { by: override.by, reason: override.reason })}
        </p>
      )}
      {pickError && (
        <p className="pick-error" role="alert">
          {pickError}
        </p>
      )}
      {lines.length === 0 ? (
        <p className="pick-empty">{t('empty')}</p>
      ) : (
        <ol className="pick-lines" onKeyDown={moveBetweenLines}>
          {lines.map((line) => (
            <PickLineRow
              key={line.index}
              line={line}
              byHand={Math.min(manual[line.index] ?? 0, line.picked)}
              feedback={feedback}
              locked={locked || packed}
            />
          ))}
        </ol>
      )}
      {manualAsk !== null && lines[manualAsk] && <ManualCountDialog line={lines[manualAsk]} />}
    </section>
  );
}

/** Arrow up/down moves the focus to the same button of the line above/below. */
function moveBetweenLines(event: React.KeyboardEvent<HTMLOListElement>) {
  if (event.key !== 'ArrowUp' && event.key !== 'ArrowDown') return;
  const button = event.target;
  if (!(button instanceof HTMLButtonElement)) return;
  const row = button.closest('li');
  const sibling = event.key === 'ArrowUp' ? row?.previousElementSibling : row?.nextElementSibling;
  const position = row ? [...row.querySelectorAll('button')].indexOf(button) : -1;
  const buttons = sibling ? [...sibling.querySelectorAll('button')] : [];
  const target = buttons[position]?.disabled ? buttons.find((b) => !b.disabled) : buttons[position];
  if (!target) return;
  event.preventDefault();
  target.focus();
}

/** The mistakes on record for this order ("2 wrong scans"), kept after the red screen is gone. */
function MistakeCounts(props: { wrongScans: number; overScans: number }) {
  const { t } = useTranslation('picking');
  if (props.wrongScans === 0 && props.overScans === 0) return null;
  return (
    <span className="pick-mistakes" role="note">
      {props.wrongScans > 0 && <span>{t('mistakes.wrongScans', { count: props.wrongScans })}</span>}
      {props.overScans > 0 && <span>{t('mistakes.overScans', { count: props.overScans })}</span>}
    </span>
  );
}

function LastScan(props: {
  feedback: PickFeedback | null;
  lines: PickLine[];
  locked: boolean;
  packed: boolean;
}) {
  const { feedback, lines } = props;
  const { t } = useTranslation('picking');
  if (feedback?.kind === 'own-label') {
    return (
      <p key={feedback.seq} className="pick-last pick-last-own-label" role="status">
        {t('ownLabel', { code: feedback.code })}
      </p>
    );
  }
  if (feedback?.kind === 'packed') {
    return (
      <p key={feedback.seq} className="pick-last pick-last-locked" role="alert">
        {t('packed.scan', { code: feedback.code })}
      </p>
    );
  }
  if (feedback?.kind === 'locked') {
    return (
      <p key={feedback.seq} className="pick-last pick-last-locked" role="alert">
        {t('locked.scan', { code: feedback.code })}
      </p>
    );
  }
  if (props.locked) {
    return (
      <p className="pick-last pick-last-locked" role="status">
        {t('locked.idle')}
      </p>
    );
  }
  // Packed: the note under it says why nothing counts any more.
  if (props.packed) return null;
  if (!feedback || isScanError(feedback)) {
    return (
      <p className="pick-last pick-last-idle" role="status">
        {t('scanPrompt')}
      </p>
    );
  }
  const line = lines[feedback.line];
  const name = line ? line.name || line.partNumber : '';
  const text =
    feedback.kind === 'line-complete'
      ? t('feedback.lineComplete', { name })
      : t('feedback.counted', { name, picked: line?.picked ?? 0, quantity: line?.quantity ?? 0 });
  return (
    <p key={feedback.seq} className={`pick-last pick-last-${feedback.kind}`} role="status">
      <span aria-hidden="true">✓ </span>
      {text}
    </p>
  );
}

function PickLineRow(props: {
  line: PickLine;
  /** Of the picked items, how many were counted by hand. */
  byHand: number;
  feedback: PickFeedback | null;
  locked: boolean;
}) {
  const { line, feedback, locked } = props;
  const { t } = useTranslation('picking');
  const adjust = useOrderStore((state) => state.adjust);
  const name = line.name || t('noName');
  const touched = feedback !== null && 'line' in feedback && feedback.line === line.index;
  // Alternating between two copies of the animation restarts it without remounting the row (which
  // would take the keyboard focus off its +1 button).
  const flash = touched
    ? ` pick-line-flash-${feedback.kind} pick-line-flash-${feedback.seq % 2 ? 'odd' : 'even'}`
    : '';

  return (
    <li className={`pick-line${line.complete ? ' pick-line-complete' : ''}${flash}`} aria-label={name}>
      <div className="pick-line-main">
        <div className="pick-line-name">{name}</div>
        <div className="pick-line-codes">
          {line.partNumber && (
            <span className="pick-line-part">{t('partNumber', { value: line.partNumber })}</span>
          )}
          {line.externalId && <span>{t('externalId', { value: line.externalId })}</span>}
          {props.byHand > 0 && (
            <span className="pick-line-manual">{t('byHand', { count: props.byHand })}</span>
          )}
        </div>
        <ProgressBar value={line.picked} max={line.quantity} label={t('lineProgress', { name })} />
      </div>
      <div className="pick-line-count">
        <span className="pick-line-numbers">
          {t('count', { picked: line.picked, quantity: line.quantity })}
        </span>
        <span className={`pick-line-state${line.complete ? ' pick-line-state-done' : ''}`}>
          {line.complete ? `✓ ${t('lineDone')}` : t('lineOpen', { count: line.quantity - line.picked })}
        </span>
      </div>
      <div className="pick-line-buttons">
        <button
          type="button"
          className="secondary pick-adjust"
          disabled={locked || line.picked === 0}
          aria-label={t('minusOne', { name })}
          onClick={() => adjust(line.index, -1)}
        >
          −1
        </button>
        <button
          type="button"
          className="secondary pick-adjust"
          disabled={locked || line.complete}
          aria-label={t('plusOne', { name })}
          onClick={() => adjust(line.index, 1)}
        >
          +1
        </button>
      </div>
    </li>
  );
}
