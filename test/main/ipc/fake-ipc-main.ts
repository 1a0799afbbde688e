// An ipcMain stand-in: records the registered listeners and calls them like Electron would.
export interface FakeSender {
  trusted: boolean;
}

type Listener = (event: FakeSender, ...args: unknown[]) => Promise<unknown>;

export function fakeIpcMain() {
  const listeners = new Map<string, Listener>();
  return {
    channels: () => [...listeners.keys()],
    handle(channel: string, listener: Listener) {
      listeners.set(channel, listener);
    },
    call(channel: string, ...args: unknown[]): Promise<unknown> {
      const listener = listeners.get(channel);
      if (!listener) throw new Error(`no handler for ${channel}`);
      return listener({ trusted: true }, ...args);
    },
    callFrom(sender: FakeSender, channel: string, ...args: unknown[]): Promise<unknown> {
      const listener = listeners.get(channel);
      if (!listener) throw new Error(`no handler for ${channel}`);
      return listener(sender, ...args);
    },
  };
}
