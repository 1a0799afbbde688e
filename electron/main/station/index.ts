// The station core, shared by the desktop app, browser mode and tests.
export type { OpenStationOptions, Station } from './open-station.ts';
export { openStation } from './open-station.ts';
export type { SecretBox } from './secret-box.ts';
export { createSessionSecretBox } from './secret-box.ts';
export type { StationEvent, StationEventListener } from './station-events.ts';
