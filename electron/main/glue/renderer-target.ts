// Where the window's page comes from: the electron-vite dev server, or the built files over app://.
import { APP_HOST, APP_PAGE_URL, APP_SCHEME } from '../app-page/app-page.ts';
import { ERROR_PAGE_FILE, isRestartRequest } from '../recovery/error-page.ts';

export interface RendererTarget {
  /** The URL the window loads. */
  url: string;
  /** The plain error page a crash loop ends on (static, beside the station's page). */
  errorPageUrl: string;
  /** Is `url` the station's own page? Everything else is off limits to the window. */
  isAppUrl(url: string): boolean;
  /** Is `url` the error page's "Restart station"? */
  isRestartRequest(url: string): boolean;
}

export function rendererTarget(devServerUrl: string | undefined): RendererTarget {
  if (devServerUrl) {
    const origin = new URL(devServerUrl).origin;
    const errorPageUrl = new URL(ERROR_PAGE_FILE, devServerUrl).href;
    return {
      url: devServerUrl,
      errorPageUrl,
      isAppUrl: (url) => originOf(url) === origin,
      isRestartRequest: (url) => isRestartRequest(url, errorPageUrl),
    };
  }
  const errorPageUrl = `${APP_SCHEME}://${APP_HOST}/${ERROR_PAGE_FILE}`;
  return {
    url: APP_PAGE_URL,
    errorPageUrl,
    isAppUrl: isStationPage,
    isRestartRequest: (url) => isRestartRequest(url, errorPageUrl),
  };
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
