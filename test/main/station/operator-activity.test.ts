// The operator is busy for a moment after each request; the clock is the test's.
import { describe, expect, it } from 'vitest';
import {
  createOperatorActivity,
  OPERATOR_QUIET_MS,
} from '../../../electron/main/station/operator-activity.ts';

describe('operator activity', () => {
  it('is busy for a moment after each request, then quiet', () => {
    let clock = 1_000;
    const activity = createOperatorActivity(() => clock);
    expect(activity.busy()).toBe(false);
    activity.touch();
    expect(activity.busy()).toBe(true);
    clock += OPERATOR_QUIET_MS - 1;
    expect(activity.busy()).toBe(true);
    activity.touch();
    clock += OPERATOR_QUIET_MS - 1;
    expect(activity.busy()).toBe(true);
    clock += 1;
    expect(activity.busy()).toBe(false);
  });
});
