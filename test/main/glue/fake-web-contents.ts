// A webContents stand-in that records the hardening handlers so tests can fire them.
type Listener = (event: { preventDefault(): void }, arg: unknown) => void;

export function fakeWebContents() {
  const listeners = new Map<string, Listener[]>();
  let openHandler: ((details: { url: string }) => { action: string }) | undefined;
  return {
    setWindowOpenHandler(handler: (details: { url: string }) => { action: string }) {
      openHandler = handler;
    },
    on(name: string, listener: Listener) {
      listeners.set(name, [...(listeners.get(name) ?? []), listener]);
      return this;
    },
    /** Fires an event to every listener (a URL, or details); returns whether one blocked it. */
    fire(name: string, arg: unknown = ''): boolean {
      const all = listeners.get(name);
      if (!all) throw new Error(`no ${name} listener`);
      let blocked = false;
      for (const listener of all) listener({ preventDefault: () => (blocked = true) }, arg);
      return blocked;
    },
    open(url: string) {
      if (!openHandler) throw new Error('no window open handler');
      return openHandler({ url });
    },
  };
}
