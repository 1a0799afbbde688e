import { beforeEach, describe, expect, it, vi } from 'vitest';
import { EVENT_CHANNELS, INVOKE_CHANNELS, type StationBridge } from '../../../shared/ipc/contract.ts';

const electron = vi.hoisted(() => ({
  exposed: new Map<string, unknown>(),
  ipcRenderer: { invoke: vi.fn(), on: vi.fn(), removeListener: vi.fn() },
}));

vi.mock('electron', () => ({
  contextBridge: { exposeInMainWorld: (key: string, api: unknown) => electron.exposed.set(key, api) },
  ipcRenderer: electron.ipcRenderer,
}));

await import('../../../electron/preload/index.ts');
const station = electron.exposed.get('station') as StationBridge;
/** The bridge as a compromised renderer would see it: any string goes. */
const untyped = station as unknown as {
  invoke(channel: string, ...args: unknown[]): Promise<unknown>;
  on(event: string, listener: () => void): () => void;
};

beforeEach(() => {
  vi.clearAllMocks();
  electron.ipcRenderer.invoke.mockResolvedValue({ ok: true, value: null });
});

describe('preload', () => {
  it('exposes only window.station with invoke and on', () => {
    expect([...electron.exposed.keys()]).toEqual(['station']);
    expect(Object.keys(station).sort()).toEqual(['invoke', 'on']);
  });

  it('knows exactly the contract channel lists', () => {
    expect(INVOKE_CHANNELS).toHaveLength(49);
    expect(EVENT_CHANNELS).toEqual(['sync:status', 'orders:changed', 'print:job', 'updates:status']);
  });

  it.each(INVOKE_CHANNELS)('invokes the contract channel %s', async (channel) => {
    await untyped.invoke(channel, { limit: 5 });
    expect(electron.ipcRenderer.invoke).toHaveBeenCalledWith(channel, { limit: 5 });
  });

  it('sends no arguments for a call without them', async () => {
    await station.invoke('station:info');
    expect(electron.ipcRenderer.invoke).toHaveBeenCalledWith('station:info');
  });

  it.each(['fs:read', 'orders:delete', 'orders:list', 'station:status', 'constructor', '__proto__'])(
    'refuses to invoke %s',
    async (channel) => {
      await expect(untyped.invoke(channel)).rejects.toThrow('not a station channel');
      expect(electron.ipcRenderer.invoke).not.toHaveBeenCalled();
    },
  );

  it.each(EVENT_CHANNELS)('relays %s payloads without the IPC event and unsubscribes', (event) => {
    const listener = vi.fn();
    const unsubscribe = untyped.on(event, listener);
    const [channel, relay] = electron.ipcRenderer.on.mock.calls[0] ?? [];
    expect(channel).toBe(event);
    relay({ sender: 'ipc internals' }, { orderIds: [7] });
    expect(listener).toHaveBeenCalledWith({ orderIds: [7] });
    unsubscribe();
    expect(electron.ipcRenderer.removeListener).toHaveBeenCalledWith(event, relay);
  });

  it('refuses to listen to anything but contract events', () => {
    for (const event of ['station:status', 'orders:query', 'ipc:raw']) {
      expect(() => untyped.on(event, () => {})).toThrow('not a station event');
    }
    expect(electron.ipcRenderer.on).not.toHaveBeenCalled();
  });
});
