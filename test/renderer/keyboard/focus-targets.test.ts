// A function key may ask for a place before its screen is up (F3 on the order screen): the request
// waits for the place to be offered, and only the last request counts.
import { describe, expect, it } from 'vitest';
import { offerFocus, requestFocus } from '../../../renderer/app/keyboard/focus-targets.ts';

describe('focus targets', () => {
  it('focuses an offered place at once', () => {
    const focused: string[] = [];
    const stop = offerFocus('queue-list', () => focused.push('list'));
    requestFocus('queue-list');
    expect(focused).toEqual(['list']);
    stop();
  });

  it('keeps a request until the place is offered, and lets a later request replace it', () => {
    const focused: string[] = [];
    requestFocus('queue-list');
    requestFocus('queue-search');
    const stopList = offerFocus('queue-list', () => focused.push('list'));
    expect(focused).toEqual([]);
    const stopSearch = offerFocus('queue-search', () => focused.push('search'));
    expect(focused).toEqual(['search']);
    // Fulfilled once: offering it again (a remount) does not steal the keyboard.
    stopSearch();
    offerFocus('queue-search', () => focused.push('search again'))();
    expect(focused).toEqual(['search']);
    stopList();
  });

  it('forgets a place once its screen is gone', () => {
    const focused: string[] = [];
    offerFocus('queue-list', () => focused.push('old list'))();
    requestFocus('queue-list');
    expect(focused).toEqual([]);
    offerFocus('queue-list', () => focused.push('new list'))();
    expect(focused).toEqual(['new list']);
  });
});
