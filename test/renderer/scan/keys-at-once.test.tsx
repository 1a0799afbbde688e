// @vitest-environment happy-dom
// The queue's search field takes every key at once (no hold to tell a scan from typing), and a scan
// burst that typed into it is taken back out: the field as before, the code handled as a scan.
// Every other text field keeps the hold. Keys carry their own time stamps; the browser's default
// action (the character typed at the caret) is played by typeKey, as happy-dom types nothing.
import { act, cleanup, fireEvent, render, screen } from '@testing-library/react';
import { afterEach, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { ScanRouter } from '../../../renderer/app/scan/ScanRouter.tsx';
import { useNavigationStore } from '../../../renderer/app/use-navigation-store.ts';
import { useScanPauseStore } from '../../../renderer/app/use-scan-pause-store.ts';
import { useSettingsStore } from '../../../renderer/app/use-settings-store.ts';
import { useToastStore } from '../../../renderer/app/use-toast-store.ts';
import { OrderQueue } from '../../../renderer/features/queue/OrderQueue.tsx';
import { useQueueStore } from '../../../renderer/features/queue/use-queue-store.ts';
import { SignInScreen } from '../../../renderer/features/signin/SignInScreen.tsx';
import { initI18n } from '../../../renderer/i18n/index.ts';
import { installFakeStation } from '../fake-station.ts';
import { installOrderStation } from '../order/order-fixtures.ts';
import { openOverrideReason } from '../order/order-render.tsx';
import { resetStores } from '../reset-stores.ts';
import { orderMatch, ordersQueryAnswer, settingsView } from '../station-fixtures.ts';
import { typeKey } from './scan-keys.ts';

vi.mock('../../../renderer/app/sound/play.ts', () => ({ play: vi.fn() }));

beforeAll(() => initI18n('en'));
beforeEach(() => {
  resetStores(useQueueStore, useNavigationStore, useSettingsStore, useScanPauseStore, useToastStore);
});
afterEach(() => {
  cleanup();
  vi.useRealTimers();
});

/** The queue as the App shows it: the ScanRouter listening, the order screen once one opens. */
function QueueHarness() {
  const current = useNavigationStore((state) => state.screen);
  return (
    <>
      <ScanRouter />
      {current.name === 'queue' ? <OrderQueue /> : <p>order {current.name === 'order' && current.orderId}</p>}
    </>
  );
}

function queueStation() {
  return installFakeStation({
    'settings:get': () => ({ ok: true, value: settingsView({ operator: 'Anna' }) }),
    'orders:query': ordersQueryAnswer(500),
    'orders:lookup': ({ code }) => ({
      ok: true,
      value: code === 'PSO101' ? { orderId: 101, matches: [orderMatch(101)] } : null,
    }),
  });
}

async function renderQueue(): Promise<HTMLInputElement> {
  render(<QueueHarness />);
  await act(async () => {});
  const field = screen.getByRole('searchbox', { name: 'Search orders' }) as HTMLInputElement;
  field.focus();
  return field;
}

/** Everything the field showed, one value per input event, while `run` runs. */
function shownWhile(field: HTMLInputElement | HTMLTextAreaElement, run: () => void): string[] {
  const shown: string[] = [];
  const record = () => shown.push(field.value);
  field.addEventListener('input', record);
  run();
  field.removeEventListener('input', record);
  return shown;
}

/** The browser's task loop between two keys: timers due by then run (setTimeout 0 here). */
const nextTask = () => act(() => vi.advanceTimersByTime(1));

describe("the queue's search field takes keys at once", () => {
  it('has a key typed in the field, and searched, before the hold would end', async () => {
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] });
    const station = queueStation();
    const field = await renderQueue();

    let reached = false;
    act(() => {
      reached = typeKey('M');
    });
    // The hold would give the key back after maxInterKeyMs (50) + 1; not a millisecond has passed.
    expect(reached).toBe(true);
    expect(field.value).toBe('M');
    // Searched in the key's own event.
    expect(station.argsOf('orders:query').at(-1)).toMatchObject({ text: 'M', offset: 0 });
  });

  it('takes a scan burst back out: the text and caret as before, and the scan opens its order', async () => {
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] });
    const station = queueStation();
    const field = await renderQueue();
    // A person types "Mü", then puts the caret between the two letters.
    const typedAt = performance.now() - 1_000;
    act(() => {
      typeKey('M', typedAt);
      typeKey('ü', typedAt + 200);
    });
    nextTask();
    field.setSelectionRange(1, 1);

    // The scanner's keys, all at one instant; the page runs its tasks between them, as it would.
    const burstAt = typedAt + 600;
    const shown = shownWhile(field, () => {
      for (const key of 'PSO101') {
        act(() => {
          typeKey(key, burstAt);
        });
        nextTask();
      }
      act(() => {
        expect(typeKey('Enter', burstAt)).toBe(false);
      });
    });

    // It typed in while it ran (each key searched at once), and is gone again at the terminator.
    expect(shown.slice(0, 2)).toEqual(['MPü', 'MPSü']);
    expect(shown.at(-1)).toBe('Mü');
    expect(field.value).toBe('Mü');
    expect([field.selectionStart, field.selectionEnd]).toEqual([1, 1]);
    expect(station.argsOf('orders:lookup')).toEqual([{ code: 'PSO101' }]);
    // The lookup answers (a promise), before any timer of the page runs.
    await act(async () => {});
    expect(useNavigationStore.getState().screen).toEqual({ name: 'order', orderId: 101 });
    // The queue was left before the put-back text was searched: its filters keep it all the same.
    expect(useQueueStore.getState().filters.text).toBe('Mü');
    act(() => useNavigationStore.getState().openQueue());
    await act(async () => {});
    expect((screen.getByRole('searchbox', { name: 'Search orders' }) as HTMLInputElement).value).toBe('Mü');
  });

  it('puts back a text the scan replaced while selected (F2 selects it all), HTML-looking and long', async () => {
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] });
    const station = queueStation();
    const field = await renderQueue();
    const text = `<img src=x onerror=alert(1)> ${'Müller '.repeat(25)}`.trim().slice(0, 200);
    act(() => {
      fireEvent.change(field, { target: { value: text } });
    });
    field.setSelectionRange(0, text.length, 'backward');

    const at = performance.now();
    const shown = shownWhile(field, () => {
      act(() => {
        for (const key of 'PSO101') typeKey(key, at);
        typeKey('Enter', at);
      });
    });
    // The first scanned key replaced the selection, as typing does; the terminator put it all back.
    expect(shown[0]).toBe('P');
    expect(field.value).toBe(text);
    expect([field.selectionStart, field.selectionEnd, field.selectionDirection]).toEqual([
      0,
      text.length,
      'backward',
    ]);
    expect(useQueueStore.getState().filters.text).toBe(text);
    expect(station.argsOf('orders:lookup')).toEqual([{ code: 'PSO101' }]);
  });

  it('takes a scan back out even when the page is busier with each key than the hold would wait', async () => {
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] });
    const station = queueStation();
    const field = await renderQueue();

    // Stamped 8 ms apart by the scanner; the page needs 200 ms for each (searching at each key).
    const at = performance.now() - 1_000;
    for (const [i, key] of [...'PSO101'].entries()) {
      act(() => {
        typeKey(key, at + i * 8);
      });
      act(() => vi.advanceTimersByTime(200));
    }
    act(() => {
      typeKey('Enter', at + 6 * 8);
    });
    expect(field.value).toBe('');
    expect(station.argsOf('orders:lookup')).toEqual([{ code: 'PSO101' }]);
  });

  it('keeps a fast burst that is no scan (no terminator) where it was typed', async () => {
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] });
    const station = queueStation();
    const field = await renderQueue();

    const at = performance.now();
    act(() => {
      for (const key of 'SO-20') typeKey(key, at);
    });
    // Backspace: a person's key, so the burst was typing; nothing is given back twice.
    act(() => {
      typeKey('Backspace', at + 5);
    });
    act(() => vi.advanceTimersByTime(100));
    // Main answered the first key's search; the newest text is asked next.
    await act(async () => {});
    expect(field.value).toBe('SO-20');
    expect(station.argsOf('orders:query').at(-1)).toMatchObject({ text: 'SO-20' });
    expect(station.argsOf('orders:lookup')).toEqual([]);
  });
});

describe('every other text field keeps the hold', () => {
  it("never shows a scan's keys in a reason field while the scan runs", async () => {
    installOrderStation();
    const reason = await openOverrideReason();

    const at = performance.now();
    const shown = shownWhile(reason, () => {
      act(() => {
        for (const key of 'DOCK-4711') expect(typeKey(key, at)).toBe(false);
      });
    });
    expect(shown).toEqual([]);
    expect(reason.value).toBe('');
    // At the terminator the dialog's field gets the whole code, as a badge would be typed there.
    act(() => {
      typeKey('Enter', at);
    });
    expect(reason.value).toBe('DOCK-4711');
  });

  it('never shows a scan in the sign-in name field', async () => {
    installFakeStation({
      'settings:get': () => ({ ok: true, value: settingsView({ operator: '' }) }),
      'orders:lookup': () => ({ ok: true, value: null }),
    });
    render(
      <>
        <ScanRouter />
        <SignInScreen />
      </>,
    );
    await act(async () => {});
    const name = screen.getByLabelText('Your name') as HTMLInputElement;
    name.focus();

    const at = performance.now();
    const shown = shownWhile(name, () => {
      act(() => {
        for (const key of 'PSO101') typeKey(key, at);
        typeKey('Enter', at);
      });
    });
    expect(shown).toEqual([]);
    expect(name.value).toBe('');
  });
});
