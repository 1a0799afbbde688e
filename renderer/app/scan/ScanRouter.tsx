// Scan anywhere: mounted once by the App, it listens to the whole window for the keyboard-wedge
// scanner and sends every scan where it belongs (see wedge-listener.ts and route-scan.ts).
import { useEffect } from 'react';
import type { ScannerSettings } from '../../../shared/ipc/settings.ts';
import { useNavigationStore } from '../use-navigation-store.ts';
import { useScanPauseStore } from '../use-scan-pause-store.ts';
import { useSettingsStore } from '../use-settings-store.ts';
import { routeScan } from './route-scan.ts';
import { markScanStart } from './scan-timing.ts';
import { installWedgeListener } from './wedge-listener.ts';

/** Until the settings are loaded: the station's defaults. */
const DEFAULT_SCANNER: ScannerSettings = { maxInterKeyMs: 50, minLength: 4, terminator: 'Enter' };

export function ScanRouter(): null {
  const scanner = useSettingsStore((state) => state.settings?.scanner ?? DEFAULT_SCANNER);
  const screenName = useNavigationStore((state) => state.screen.name);

  // Settings change on the settings screen: read them again whenever the operator moves on.
  useEffect(() => {
    void screenName;
    void useSettingsStore.getState().load();
  }, [screenName]);

  // Re-installing drops the keys the detector holds, so only a real change of the thresholds may do
  // it — not every reload of the settings (each screen change), which can land mid-scan.
  const { maxInterKeyMs, minLength, terminator } = scanner;
  useEffect(
    () =>
      installWedgeListener({
        settings: { maxInterKeyMs, minLength, terminator },
        isPaused: () => useScanPauseStore.getState().paused,
        onScan(code, target) {
          markScanStart();
          routeScan(code, target);
        },
      }),
    [maxInterKeyMs, minLength, terminator],
  );

  return null;
}
