import { describe, expect, it } from 'vitest';
import { windowPlacement } from '../../../electron/main/station/window-placement.ts';
import type { DisplayInfo } from '../../../shared/ipc/station-pc.ts';

const LAPTOP: DisplayInfo = {
  id: 1,
  label: 'Built-in',
  bounds: { x: 0, y: 0, width: 1366, height: 768 },
  workArea: { x: 0, y: 0, width: 1366, height: 728 },
  primary: true,
};
const MONITOR: DisplayInfo = {
  id: 2528732444,
  label: 'DELL P2419H',
  bounds: { x: 1366, y: -200, width: 2560, height: 1440 },
  workArea: { x: 1366, y: -200, width: 2560, height: 1400 },
  primary: false,
};

describe('window placement', () => {
  it('fills the chosen display in kiosk and full screen mode', () => {
    expect(windowPlacement({ windowMode: 'kiosk', displayId: MONITOR.id }, [LAPTOP, MONITOR])).toEqual({
      bounds: MONITOR.bounds,
      fullscreen: true,
      kiosk: true,
      displayId: MONITOR.id,
    });
    expect(
      windowPlacement({ windowMode: 'fullscreen', displayId: MONITOR.id }, [LAPTOP, MONITOR]),
    ).toMatchObject({
      bounds: MONITOR.bounds,
      fullscreen: true,
      kiosk: false,
    });
  });

  it('opens a window of 1920×1080 centred in the work area, or as much as fits', () => {
    expect(
      windowPlacement({ windowMode: 'window', displayId: MONITOR.id }, [LAPTOP, MONITOR]).bounds,
    ).toEqual({
      x: 1366 + 320,
      y: -200 + 160,
      width: 1920,
      height: 1080,
    });
    expect(windowPlacement({ windowMode: 'window', displayId: null }, [MONITOR, LAPTOP])).toEqual({
      bounds: { x: 0, y: 0, width: 1366, height: 728 },
      fullscreen: false,
      kiosk: false,
      displayId: LAPTOP.id,
    });
  });

  it('takes the primary display when the chosen one is gone or none was chosen', () => {
    expect(windowPlacement({ windowMode: 'kiosk', displayId: MONITOR.id }, [LAPTOP]).displayId).toBe(
      LAPTOP.id,
    );
    expect(windowPlacement({ windowMode: 'kiosk', displayId: null }, [MONITOR, LAPTOP]).displayId).toBe(
      LAPTOP.id,
    );
    // No display marked primary: the first one the OS listed.
    expect(
      windowPlacement({ windowMode: 'kiosk', displayId: 7 }, [{ ...MONITOR, primary: false }]).displayId,
    ).toBe(MONITOR.id);
  });

  it('still opens without any display listed', () => {
    expect(windowPlacement({ windowMode: 'window', displayId: 3 }, [])).toEqual({
      bounds: { x: 0, y: 0, width: 1920, height: 1080 },
      fullscreen: false,
      kiosk: false,
      displayId: undefined,
    });
  });
});
