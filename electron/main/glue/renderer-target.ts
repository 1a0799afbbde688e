// Where the window's page comes from: the electron-vite dev server, or the built files over app://.
import { APP_HOST, APP_PAGE_URL, APP_SCHEME } from '../app-page/app-page.ts';

export interface RendererTarget {
  /** The URL the window loads. */
  url: string;
  /** Is `url` the station's own page? Everything else is off limits to the window. */
  isAppUrl(url: string): boolean;
}

export function rendererTarget(devServerUrl: string | undefined): RendererTarget {
  if (devServerUrl) {
    const origin = new URL(devServerUrl).origin;
    return { url: devServerUrl, isAppUrl: (url) => originOf(url) === origin };
  }
  return { url: APP_PAGE_URL, isAppUrl: isStationPage };
}

/** app://station/index.html, whatever its hash or query (the host compared as Chromium writes it). */
function isStationPage(url: string): boolean {
  try {
    const parsed = new URL(url);
    return (
      parsed.protocol === `${APP_SCHEME}:` &&
      parsed.host.toLowerCase() === APP_HOST &&
      parsed.pathname === '/index.html'
    );
  } catch {
    return false;
  }
}

function originOf(url: string): string | undefined {
  try {
    return new URL(url).origin;
  } catch {
    return undefined;
  }
}
