// The renderer's only door to main: `window.station`, exactly the IPC contract. Built as CommonJS
// because a sandboxed preload cannot be an ES module.
import { contextBridge, type IpcRendererEvent, ipcRenderer } from 'electron';
import { EVENT_CHANNELS, INVOKE_CHANNELS, type StationBridge } from '../../shared/ipc/contract.ts';

const invokeChannels: ReadonlySet<string> = new Set(INVOKE_CHANNELS);
const eventChannels: ReadonlySet<string> = new Set(EVENT_CHANNELS);

const station = {
  invoke(channel, ...params) {
    if (!invokeChannels.has(channel))
      return Promise.reject(new Error(`'${channel}' is not a station channel.`));
    return ipcRenderer.invoke(channel, ...params);
  },
  on(event, listener) {
    if (!eventChannels.has(event)) throw new Error(`'${event}' is not a station event.`);
    const relay = (_event: IpcRendererEvent, payload: unknown) => listener(payload as never);
    ipcRenderer.on(event, relay);
    return () => {
      ipcRenderer.removeListener(event, relay);
    };
  },
} satisfies StationBridge;

contextBridge.exposeInMainWorld('station', station);
