// The update channel and quiet hour decide what the station installs and when: supervisor settings.
import { expect } from 'vitest';
import { stationTest as test } from './station-fixture.ts';

const PIN = '97531';

test('the update channel and quiet hour need the supervisor PIN and reach the updater', async ({ st }) => {
  expect(await st.value('settings:get')).toMatchObject({ updateChannel: 'stable', updateQuietHour: 3 });
  await st.value('settings:update', { supervisorPin: { next: PIN } });

  const noPin = await st.call('settings:update', { updateChannel: 'beta' });
  expect(noPin).toMatchObject({ ok: false, error: { code: 'wrong-pin' } });
  expect(!noPin.ok && noPin.error.message).toMatch(/update settings needs the supervisor PIN/);
  expect(await st.call('settings:update', { updateQuietHour: null, pin: '1111' })).toMatchObject({
    ok: false,
    error: { code: 'wrong-pin' },
  });

  const saved = await st.value('settings:update', { updateChannel: 'beta', updateQuietHour: 22, pin: PIN });
  expect(saved).toMatchObject({ updateChannel: 'beta', updateQuietHour: 22 });
  expect(await st.value('updates:status')).toMatchObject({ phase: 'off', channel: 'beta', quietHour: 22 });
  expect(await st.value('settings:update', { updateQuietHour: null, pin: PIN })).toMatchObject({
    updateQuietHour: null,
  });
});

test('a renderer error report and the screen shown go through the validated channels', async ({ st }) => {
  expect(await st.call('logs:renderer-error', { kind: 'error', message: 'boom' })).toEqual({
    ok: true,
    value: null,
  });
  expect(
    await st.callRaw('logs:renderer-error', { kind: 'error', message: 'x'.repeat(5_000) }),
  ).toMatchObject({
    ok: false,
    error: { code: 'invalid-request' },
  });
  expect(await st.value('station:showing', { showing: { salesOrderId: 9 } })).toBeNull();
  expect(await st.value('station:resume')).toEqual({ salesOrderId: 9 });
  expect(await st.value('updates:status')).toMatchObject({ phase: 'off' });
});
