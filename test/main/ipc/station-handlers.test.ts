import { describe, expect, it, vi } from 'vitest';
import { createStationHandlers } from '../../../electron/main/ipc/station-handlers.ts';
import { createStationStatus } from '../../../electron/main/ipc/station-status.ts';

describe('station:info handler', () => {
  it('answers with the station info', async () => {
    const info = {
      version: '0.1.0',
      mode: 'live',
      apiUrl: 'https://api.equipme.example',
      printer: 'file',
    } as const;
    await expect(createStationHandlers(info)['station:info'](undefined)).resolves.toEqual({
      ok: true,
      value: info,
    });
  });
});

describe('station status', () => {
  function pushes(kinds: (string | null)[]) {
    const push = vi.fn();
    const status = createStationStatus(push);
    for (const kind of kinds) {
      status.reportApiResult(kind === null ? { ok: true, value: {} } : { ok: false, error: { kind } });
    }
    return push.mock.calls;
  }

  it('pushes station:status after every API call', () => {
    expect(pushes([null, 'offline', null])).toEqual([
      ['station:status', { online: true }],
      ['station:status', { online: false }],
      ['station:status', { online: true }],
    ]);
  });

  it('counts a refusal from Equipme as online and a broken connection as offline', () => {
    expect(pushes(['unauthorized', 'server', 'conflict']).map(([, p]) => p.online)).toEqual([
      true,
      true,
      true,
    ]);
    expect(pushes(['connection-lost', 'timeout', 'invalid-response']).map(([, p]) => p.online)).toEqual([
      false,
      false,
      false,
    ]);
  });

  it('says nothing about a call the station cancelled itself', () => {
    expect(pushes(['aborted'])).toEqual([]);
  });
});
