import { describe, expect, it } from 'vitest';
import { createMainCrashHandler, type MainCrashSteps } from '../../../electron/main/recovery/main-crash.ts';
import type { RelaunchDecision } from '../../../electron/main/recovery/relaunch-guard.ts';

function steps(decision: RelaunchDecision, close: () => Promise<void> = async () => {}) {
  const done: string[] = [];
  const reported: string[] = [];
  const all: MainCrashSteps = {
    report: (what) => reported.push(what),
    decide: () => {
      done.push('decide');
      return decision;
    },
    close: async () => {
      done.push('close');
      await close();
      done.push('closed');
    },
    relaunch: () => done.push('relaunch'),
    stayDown: () => done.push('stay-down'),
  };
  return { all, done, reported };
}

describe('an uncaught error in main', () => {
  it('is written down, the station closes, then the app relaunches', async () => {
    const { all, done, reported } = steps('relaunch');
    await createMainCrashHandler(all)('uncaught error in main', new Error('boom'));
    expect(reported).toEqual(['uncaught error in main']);
    expect(done).toEqual(['decide', 'close', 'closed', 'relaunch']);
  });

  it('stays down when the guard says so', async () => {
    const { all, done } = steps('stay-down');
    await createMainCrashHandler(all)('uncaught error in main', new Error('boom'));
    expect(done.at(-1)).toBe('stay-down');
  });

  it('recovers once: errors while recovering are only written down', async () => {
    let finishClose: () => void = () => {};
    const { all, done, reported } = steps(
      'relaunch',
      () => new Promise((resolve) => (finishClose = resolve)),
    );
    const crashed = createMainCrashHandler(all);
    const first = crashed('uncaught error in main', new Error('one'));
    const second = crashed('unhandled rejection in main', new Error('two'));
    finishClose();
    await Promise.all([first, second]);
    expect(reported).toEqual(['uncaught error in main', 'unhandled rejection in main']);
    expect(done.filter((step) => step === 'relaunch')).toHaveLength(1);
  });

  it('relaunches even when closing fails or hangs', async () => {
    const failing = steps('relaunch', async () => {
      throw new Error('disk gone');
    });
    await createMainCrashHandler(failing.all)('uncaught error in main', new Error('boom'));
    expect(failing.reported).toContain('closing the station after a crash failed');
    expect(failing.done.at(-1)).toBe('relaunch');

    const hanging = steps('relaunch', () => new Promise(() => {}));
    await createMainCrashHandler(hanging.all, 20)('uncaught error in main', new Error('boom'));
    expect(hanging.done).toEqual(['decide', 'close', 'relaunch']);
  });
});
