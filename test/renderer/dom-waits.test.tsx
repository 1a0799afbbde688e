// @vitest-environment happy-dom
import { getConfig } from '@testing-library/react';
import { expect, it } from 'vitest';

it('renderer waits end on the DOM change, not after a wall-clock second', () => {
  // Under the test timeout (30 s), far above anything a loaded machine takes to render.
  expect(getConfig().asyncUtilTimeout).toBeGreaterThanOrEqual(20_000);
  expect(getConfig().asyncUtilTimeout).toBeLessThan(30_000);
});
