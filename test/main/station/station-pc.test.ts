// The station PC's options (window, start at login, display) are a supervisor's, checked in main;
// the open order is kept for a reloaded page; the display list comes from the shell.
import { describe, expect } from 'vitest';
import { createSessionSecretBox, openStation } from '../../../electron/main/station/index.ts';
import type { DisplayInfo, StationPcSettings } from '../../../shared/ipc/station-pc.ts';
import { stationTest as test } from './station-fixture.ts';

const PIN = '86420';
const KIOSK: StationPcSettings = { windowMode: 'kiosk', startAtLogin: true, displayId: 2 };

describe('station PC options', () => {
  test('need the supervisor PIN once one is set, and are told to the shell', async ({ st }) => {
    const told: StationPcSettings[] = [];
    st.station.stationPc.onChange((pc) => told.push(pc));
    expect((await st.value('settings:get')).stationPc).toEqual({
      windowMode: 'window',
      startAtLogin: false,
      displayId: null,
    });
    await st.value('settings:update', { supervisorPin: { next: PIN } });

    const noPin = await st.call('settings:update', { stationPc: KIOSK });
    expect(noPin).toMatchObject({ ok: false, error: { code: 'wrong-pin' } });
    expect(noPin.ok ? '' : noPin.error.message).toContain("station PC's window");
    const wrongPin = await st.call('settings:update', { stationPc: KIOSK, pin: '1111' });
    expect(wrongPin).toMatchObject({ ok: false, error: { code: 'wrong-pin' } });
    expect(told).toEqual([]);
    expect(st.station.stationPc.current().windowMode).toBe('window');

    const saved = await st.value('settings:update', { stationPc: KIOSK, pin: PIN });
    expect(saved.stationPc).toEqual(KIOSK);
    expect(told).toEqual([KIOSK]);
    expect(st.station.stationPc.current()).toEqual(KIOSK);
  });

  test('a demo station without a PIN sets them freely (its first setup), and they are kept', async ({
    st,
    dbFile,
  }) => {
    await st.value('settings:update', { stationPc: KIOSK });
    await st.station.close();
    const again = await openStation({
      dbFile,
      secretBox: createSessionSecretBox(),
      shell: 'browser',
      version: 'test',
      env: { STATION_DEMO_ORDERS: '5' },
    });
    try {
      expect(again.stationPc.current()).toEqual(KIOSK);
    } finally {
      await again.close();
    }
  });

  test('keeps the order the screen shows for a reloaded page', async ({ st }) => {
    await expect(st.value('station:resume')).resolves.toBeNull();
    await st.value('station:showing', { showing: { orderId: 4711, fromShipment: 90 } });
    await expect(st.value('station:resume')).resolves.toEqual({ orderId: 4711, fromShipment: 90 });
    // Asking again (the page crashed twice) still answers it; back on the queue it is gone.
    await expect(st.value('station:resume')).resolves.toEqual({ orderId: 4711, fromShipment: 90 });
    await st.value('station:showing', { showing: null });
    await expect(st.value('station:resume')).resolves.toBeNull();
  });

  test('lists the displays the desktop app gives, none in browser mode', async ({ st, dir }) => {
    await expect(st.value('station:displays')).resolves.toBeNull();
    const display: DisplayInfo = {
      id: 7,
      label: 'Desk',
      bounds: { x: 0, y: 0, width: 1920, height: 1080 },
      workArea: { x: 0, y: 0, width: 1920, height: 1040 },
      primary: true,
    };
    const app = await openStation({
      dbFile: `${dir}/app.db`,
      secretBox: createSessionSecretBox(),
      shell: 'electron',
      version: 'test',
      env: { STATION_DEMO_ORDERS: '5' },
      displays: () => [display],
    });
    try {
      await expect(app.handlers['station:displays'](undefined)).resolves.toEqual({
        ok: true,
        value: [display],
      });
    } finally {
      await app.close();
    }
  });
});
