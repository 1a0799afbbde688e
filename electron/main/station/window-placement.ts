// Where the station's window goes: on the display the supervisor chose (the primary one when that
// display is gone or none was chosen), filling it in kiosk and full screen mode, else 1920×1080 or
// what the display's work area allows, centred.
import type { DisplayInfo, StationPcSettings } from '../../../shared/ipc/station-pc.ts';

export interface WindowPlacement {
  bounds: { x: number; y: number; width: number; height: number };
  fullscreen: boolean;
  kiosk: boolean;
  /** The display it is on (undefined when the OS listed none). */
  displayId: number | undefined;
}

const WINDOW = { width: 1920, height: 1080 };

export function windowPlacement(
  settings: Pick<StationPcSettings, 'windowMode' | 'displayId'>,
  displays: readonly DisplayInfo[],
): WindowPlacement {
  const display =
    displays.find((d) => settings.displayId !== null && d.id === settings.displayId) ??
    displays.find((d) => d.primary) ??
    displays[0];
  const kiosk = settings.windowMode === 'kiosk';
  const fullscreen = settings.windowMode !== 'window';
  if (!display) return { bounds: { x: 0, y: 0, ...WINDOW }, fullscreen, kiosk, displayId: undefined };
  if (fullscreen) return { bounds: { ...display.bounds }, fullscreen, kiosk, displayId: display.id };
  const area = display.workArea;
  const width = Math.min(WINDOW.width, area.width);
  const height = Math.min(WINDOW.height, area.height);
  return {
    bounds: {
      x: area.x + Math.floor((area.width - width) / 2),
      y: area.y + Math.floor((area.height - height) / 2),
      width,
      height,
    },
    fullscreen,
    kiosk,
    displayId: display.id,
  };
}
