import { describe, expect, it } from 'vitest';
import { createRendererRecovery } from '../../../electron/main/recovery/renderer-recovery.ts';

const MINUTE = 60_000;

describe('renderer recovery', () => {
  it('reloads three crashes in a row, then shows the error page', () => {
    const recovery = createRendererRecovery(() => false);
    expect(recovery.gone('crashed', 0)).toBe('reload');
    expect(recovery.gone('oom', 10_000)).toBe('reload');
    expect(recovery.gone('killed', 20_000)).toBe('reload');
    expect(recovery.gone('crashed', 30_000)).toBe('error-page');
    expect(recovery.gone('crashed', 40_000)).toBe('error-page');
  });

  it('forgets crashes older than its window: an occasional crash always reloads', () => {
    const recovery = createRendererRecovery(() => false);
    for (let i = 0; i < 10; i++) expect(recovery.gone('crashed', i * 6 * MINUTE)).toBe('reload');
  });

  it('does nothing for a page that ended on purpose or while the app quits', () => {
    let quitting = false;
    const recovery = createRendererRecovery(() => quitting);
    expect(recovery.gone('clean-exit', 0)).toBe('nothing');
    quitting = true;
    expect(recovery.gone('crashed', 1)).toBe('nothing');
    // Neither counted as a crash.
    quitting = false;
    for (const at of [2, 3, 4]) expect(recovery.gone('crashed', at)).toBe('reload');
  });
});
