// @vitest-environment happy-dom
import { expect, it } from 'vitest';
import { forwardRendererErrors, reportRendererError } from '../../../renderer/app/error-reports.ts';
import { installFakeStation } from '../fake-station.ts';

it("forwards the window's errors and unhandled rejections to main, cut to the channel's limits", async () => {
  const station = installFakeStation({ 'logs:renderer-error': () => ({ ok: true, value: null }) });
  forwardRendererErrors(window);

  window.dispatchEvent(
    new ErrorEvent('error', {
      error: new TypeError('x is not a function'),
      message: 'x is not a function',
      filename: 'app://station/index.js',
      lineno: 12,
      colno: 7,
    }),
  );
  const rejection = new Event('unhandledrejection') as Event & { reason: unknown };
  rejection.reason = 'socket closed';
  window.dispatchEvent(rejection);
  reportRendererError({ kind: 'render', message: 'm'.repeat(5_000), stack: 's'.repeat(9_000) });
  await Promise.resolve();

  const [error, unhandled, render] = station.argsOf('logs:renderer-error');
  expect(error).toMatchObject({
    kind: 'error',
    message: 'TypeError: x is not a function',
    source: 'app://station/index.js:12:7',
  });
  expect(error?.stack).toMatch(/x is not a function/);
  expect(unhandled).toEqual({ kind: 'unhandled-rejection', message: 'socket closed' });
  expect(render?.message).toHaveLength(2_000);
  expect(render?.stack).toHaveLength(8_000);
});
