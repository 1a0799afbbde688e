import { create } from 'zustand';

/**
 * Lets a panel that reads the keyboard itself (scanner calibration) ask the ScanRouter to stand
 * aside: while `paused`, scans are not routed to orders or pick lines.
 */
export interface ScanPauseState {
  paused: boolean;
  pause(): void;
  resume(): void;
}

export const useScanPauseStore = create<ScanPauseState>()((set) => ({
  paused: false,
  pause: () => set({ paused: true }),
  resume: () => set({ paused: false }),
}));
