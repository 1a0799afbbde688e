import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { useToastStore } from '../../../renderer/app/use-toast-store.ts';

beforeEach(() => {
  vi.useFakeTimers();
  useToastStore.setState(useToastStore.getInitialState(), true);
});
afterEach(() => vi.useRealTimers());

describe('useToastStore', () => {
  it('keeps the three newest messages and lets each go after its time, errors last', () => {
    const { show } = useToastStore.getState();
    show({ kind: 'info', text: 'one' });
    show({ kind: 'success', text: 'two' });
    show({ kind: 'error', text: 'three' });
    show({ kind: 'info', text: 'four' });
    const texts = () => useToastStore.getState().toasts.map((toast) => toast.text);
    expect(texts()).toEqual(['two', 'three', 'four']);

    vi.advanceTimersByTime(4000);
    expect(texts()).toEqual(['three']);
    vi.advanceTimersByTime(4000);
    expect(texts()).toEqual([]);
  });
});
