// A webContents stand-in that records the hardening handlers so tests can fire them.
type Listener = (event: { preventDefault(): void }, url: string) => void;

export function fakeWebContents() {
  const listeners = new Map<string, Listener>();
  let openHandler: ((details: { url: string }) => { action: string }) | undefined;
  return {
    setWindowOpenHandler(handler: (details: { url: string }) => { action: string }) {
      openHandler = handler;
    },
    on(name: string, listener: Listener) {
      listeners.set(name, listener);
      return this;
    },
    /** Fires a navigation-like event; returns whether it was blocked. */
    fire(name: string, url = ''): boolean {
      const listener = listeners.get(name);
      if (!listener) throw new Error(`no ${name} listener`);
      let blocked = false;
      listener({ preventDefault: () => (blocked = true) }, url);
      return blocked;
    },
    open(url: string) {
      if (!openHandler) throw new Error('no window open handler');
      return openHandler({ url });
    },
  };
}
