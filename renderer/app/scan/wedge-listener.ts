// The window-wide keyboard listener behind "scan anywhere". The wedge detector
// (shared/domain/wedge-scanner.ts) decides scan or typing; this applies its verdicts to the DOM:
// held keys are swallowed, a person's keys are given back to their field, scans are handed on.
// A field marked KEYS_AT_ONCE (the queue's search) is the exception: its keys are not held but
// reach it at once, and a burst that turns out to be a scan is taken back out (keys-at-once.ts).
//
// One addition: keys typed where there is no text field, followed by the terminator, are a code
// too — a scanner slower than the threshold, or a packer typing an EAN by hand. Without this the
// terminator of such a code would press whatever button has the focus (+1, Process…).
import { createWedgeDetector, MODIFIER_KEYS } from '../../../shared/domain/wedge-scanner.ts';
import type { ScannerSettings } from '../../../shared/ipc/settings.ts';
import { type FieldBefore, keysAtOnceField, putBack } from './keys-at-once.ts';
import { isReplayed, isTextField, retypeKeys } from './retype-keys.ts';

/** Longest pause inside a code typed (or scanned slowly) outside a text field. */
const LOOSE_GAP_MS = 1500;

export interface WedgeListenerOptions {
  settings: ScannerSettings;
  /** A scan; `target` is where the keyboard focus was. Called after the terminator's keydown. */
  onScan(code: string, target: EventTarget | null): void;
  isPaused(): boolean;
}

export function installWedgeListener(options: WedgeListenerOptions): () => void {
  const { settings } = options;
  const detector = createWedgeDetector(settings);
  let flushTimer: ReturnType<typeof setTimeout> | undefined;
  // The field the held-back keys were typed into; they go back there, wherever focus went since.
  let heldTarget: EventTarget | null = null;
  let lastKeyTime = 0;
  // Keys given back where no text field was focused: a code typed by hand, until the terminator.
  let loose: string[] = [];
  let looseTime = 0;
  // When the keys now held back began.
  let holdStart = 0;
  // The burst now watched went into a field that takes keys at once: that field before the burst.
  let atOnce: FieldBefore | null = null;

  function giveBack(keys: string[]): void {
    if (isTextField(heldTarget)) {
      loose = [];
    } else {
      if (lastKeyTime - looseTime > LOOSE_GAP_MS) loose = [];
      loose.push(...keys);
      looseTime = lastKeyTime;
    }
    // A person's keys in a field that takes them at once are in it already.
    if (!atOnce) retypeKeys(heldTarget, keys);
    atOnce = null;
    heldTarget = null;
  }

  function hold(event: KeyboardEvent, target: EventTarget | null): void {
    if (heldTarget === null) {
      holdStart = event.timeStamp;
      heldTarget = target;
      // Read before this key's default action types it.
      atOnce = keysAtOnceField(target);
    }
    lastKeyTime = event.timeStamp;
    // Keys that reached their field need no giving back after silence: the next key's time stamp
    // decides, so a page busy with each key's search (longer than the timer) never breaks a scan.
    if (atOnce) return;
    swallow(event);
    flushTimer = setTimeout(() => {
      const stale = detector.flush(performance.now());
      if (stale) giveBack(stale.keys);
    }, settings.maxInterKeyMs + 1);
  }

  function scan(event: KeyboardEvent, code: string): void {
    swallow(event);
    if (atOnce) putBack(atOnce);
    atOnce = null;
    heldTarget = null;
    loose = [];
    options.onScan(code, event.target);
  }

  /**
   * The first keys of a scan can arrive late when the page is busy: they were given back as typing
   * where no field takes them. Right before the fast run, they belong to the same code.
   */
  function withLateStart(event: KeyboardEvent, code: string): string {
    const late = !isTextField(event.target) && loose.length > 0 && holdStart - looseTime <= LOOSE_GAP_MS;
    return late ? loose.join('') + code : code;
  }

  /** A key the detector let through: the terminator of a hand-typed code, or the end of one. */
  function passed(event: KeyboardEvent): void {
    if (MODIFIER_KEYS.has(event.key)) return;
    const typedCode =
      event.key === settings.terminator &&
      !isTextField(event.target) &&
      loose.length >= settings.minLength &&
      event.timeStamp - looseTime <= LOOSE_GAP_MS;
    if (typedCode) scan(event, loose.join(''));
    else loose = [];
  }

  function onKeyDown(event: KeyboardEvent): void {
    if (event.ctrlKey || event.metaKey || event.repeat || event.isComposing || isReplayed(event)) return;
    if (options.isPaused()) {
      detector.reset();
      loose = [];
      heldTarget = null;
      atOnce = null;
      return;
    }
    clearTimeout(flushTimer);
    const verdict = detector.push({ key: event.key, time: event.timeStamp });
    switch (verdict.type) {
      case 'pass':
        passed(event);
        return;
      case 'buffering':
        hold(event, event.target);
        return;
      case 'typing':
        giveBack(verdict.keys);
        if (verdict.current === 'buffered') {
          heldTarget = null;
          hold(event, event.target);
        } else {
          passed(event);
        }
        return;
      case 'scan':
        scan(event, withLateStart(event, verdict.code));
        return;
    }
  }

  window.addEventListener('keydown', onKeyDown, { capture: true });
  return () => {
    clearTimeout(flushTimer);
    window.removeEventListener('keydown', onKeyDown, { capture: true });
  };
}

function swallow(event: KeyboardEvent): void {
  event.preventDefault();
  event.stopPropagation();
}
