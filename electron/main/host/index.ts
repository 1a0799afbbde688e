// Browser mode: the station UI served to a browser on this machine.
export type { BrowserHost, BrowserHostOptions } from './browser-host.ts';
export { startBrowserHost } from './browser-host.ts';
