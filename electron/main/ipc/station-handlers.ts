import type { StationInfo } from '../../../shared/ipc/station.ts';
import type { InvokeHandlers } from './handlers.ts';

export function createStationHandlers(info: StationInfo): Pick<InvokeHandlers, 'station:info'> {
  return {
    'station:info': async () => ({ ok: true, value: { ...info } }),
  };
}
