import { useEffect, useRef } from 'react';
import type { KeyStroke } from '../../../shared/domain/wedge-scanner.ts';
import { isPrintable } from '../../../shared/domain/wedge-scanner.ts';

/**
 * While `active`, takes every key press before anything else sees it (window, capture phase) and
 * hands over each burst that ends with Enter or Tab as one test scan, with the raw key times.
 * Escape is left alone so the operator can still get out.
 */
export function useKeyCapture(active: boolean, onScan: (strokes: KeyStroke[]) => void): void {
  const current = useRef<KeyStroke[]>([]);
  const onScanRef = useRef(onScan);
  onScanRef.current = onScan;

  useEffect(() => {
    if (!active) return;
    current.current = [];
    function onKeyDown(event: KeyboardEvent) {
      if (event.key === 'Escape' || event.repeat || event.ctrlKey || event.metaKey) return;
      event.preventDefault();
      event.stopPropagation();
      current.current.push({ key: event.key, time: event.timeStamp });
      if (event.key !== 'Enter' && event.key !== 'Tab') return;
      const strokes = current.current;
      current.current = [];
      // A terminator on its own (someone pressed Enter) is not a scan.
      if (strokes.some((stroke) => isPrintable(stroke.key))) onScanRef.current(strokes);
    }
    window.addEventListener('keydown', onKeyDown, true);
    return () => window.removeEventListener('keydown', onKeyDown, true);
  }, [active]);
}
