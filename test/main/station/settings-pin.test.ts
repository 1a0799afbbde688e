// Which settings need the supervisor PIN: what the station talks to (API, locations, printers) does;
// the operator's own settings (name, sound, language, scanner) do not. Before any PIN is set, a demo
// station may be set up freely, but going live needs a PIN first.
import { describe, expect, onTestFinished } from 'vitest';
import { startSimulator } from '../../../electron/main/simulator/index.ts';
import { type TestStation, stationTest as test } from './station-fixture.ts';

const PIN = '97531';
async function withPin(st: TestStation): Promise<void> {
  await st.value('settings:update', { supervisorPin: { next: PIN } });
}

describe('station core: the supervisor PIN guards what the station talks to', () => {
  test('locations need the PIN once one is set; name, sound, language and scanner stay free', async ({
    st,
  }) => {
    await withPin(st);
    const noPin = await st.call('settings:update', { locationIds: [1] });
    expect(noPin).toMatchObject({ ok: false, error: { code: 'wrong-pin' } });
    expect(!noPin.ok && noPin.error.message).toMatch(/needs the supervisor PIN/);
    await expect(st.call('settings:update', { locationIds: [1], pin: '1111' })).resolves.toMatchObject({
      ok: false,
      error: { code: 'wrong-pin' },
    });
    await expect(st.value('settings:get')).resolves.toMatchObject({ locationIds: [] });
    await expect(st.value('settings:update', { locationIds: [1], pin: PIN })).resolves.toMatchObject({
      locationIds: [1],
    });
    await expect(
      st.value('settings:update', {
        operator: 'Ana',
        sound: { enabled: false, volume: 0.1 },
        locale: 'nl',
        scanner: { maxInterKeyMs: 40, minLength: 5, terminator: 'Tab' },
      }),
    ).resolves.toMatchObject({ operator: 'Ana', locale: 'nl' });
  });

  test('without a PIN a demo station is set up freely, but going live needs a PIN first', async ({ st }) => {
    const live = await startSimulator({ seed: 4, orders: 5, apiKey: 'k-live-1' });
    onTestFinished(() => live.close());
    await expect(st.value('settings:update', { locationIds: [2] })).resolves.toMatchObject({
      locationIds: [2],
    });
    const live1 = { apiUrl: live.url, apiKey: 'k-live-1' };
    const refused = await st.call('settings:update', live1);
    expect(refused).toMatchObject({ ok: false, error: { code: 'rejected' } });
    expect(!refused.ok && refused.error.message).toMatch(
      /No supervisor PIN is set on this station\. A supervisor sets one first/,
    );
    await expect(st.value('station:info')).resolves.toMatchObject({ mode: 'demo' });
    // The first PIN may come with the connection: whoever sets it is the supervisor.
    await expect(
      st.value('settings:update', { ...live1, supervisorPin: { next: PIN } }),
    ).resolves.toMatchObject({ demo: false, supervisorPinSet: true });
    const back = await st.call('settings:update', { apiUrl: null });
    expect(back).toMatchObject({ ok: false, error: { code: 'wrong-pin' } });
  });
});
