// One press, one step. After the order's status changes on screen, the action buttons ignore input
// until the new status has been shown for SETTLE_MS, and then only a press that began after that
// counts: a key held down (auto-repeat) or a click whose button went down earlier does nothing.
// Main refuses a press against a status the order has left as well (`seenStatus`).
import { type KeyboardEvent, type PointerEvent, useLayoutEffect, useRef, useState } from 'react';

export const SETTLE_MS = 600;

interface Press {
  /** Which status was on screen when the press began (counted up at each change). */
  shown: number;
  /** It began while the buttons were settled, and was not a key's auto-repeat. */
  fresh: boolean;
}

export interface PressGuard {
  /** False while a new status settles: show the buttons as not pressable. */
  settled: boolean;
  /** Spread on each guarded button. */
  handlers: {
    onPointerDown(event: PointerEvent): void;
    onKeyDown(event: KeyboardEvent): void;
  };
  /** Call first in onClick: true when this click is a fresh press that may act. */
  accept(): boolean;
}

export function usePressGuard(status: string): PressGuard {
  const [settled, setSettled] = useState(true);
  const settledNow = useRef(true);
  const shown = useRef(0);
  const press = useRef<Press | null>(null);
  const firstStatus = useRef(status);

  // A layout effect: the guard closes in the same commit that shows the new status.
  useLayoutEffect(() => {
    if (status === firstStatus.current && shown.current === 0) return;
    shown.current += 1;
    settledNow.current = false;
    setSettled(false);
    const timer = setTimeout(() => {
      settledNow.current = true;
      setSettled(true);
    }, SETTLE_MS);
    return () => clearTimeout(timer);
  }, [status]);

  function began(repeat: boolean): void {
    press.current = { shown: shown.current, fresh: settledNow.current && !repeat };
  }

  return {
    settled,
    handlers: {
      onPointerDown: () => began(false),
      onKeyDown: (event) => {
        if (event.key === 'Enter' || event.key === ' ') began(event.repeat);
      },
    },
    accept() {
      const started = press.current;
      press.current = null;
      if (!settledNow.current) return false;
      // No pointer or key went down first (an assistive technology's click): it is one press.
      if (started === null) return true;
      return started.fresh && started.shown === shown.current;
    },
  };
}
