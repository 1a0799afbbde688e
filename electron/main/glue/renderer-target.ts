// Where the window's page comes from: the electron-vite dev server, or the built files.
import { dirname, join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { ERROR_PAGE_FILE, isRestartRequest } from '../recovery/error-page.ts';

type Load = { kind: 'url'; url: string } | { kind: 'file'; path: string };

export interface RendererTarget {
  load: Load;
  /** The plain error page a crash loop ends on (static, beside the station's page). */
  errorPage: Load;
  /** Is `url` the station's own page? Everything else is off limits to the window. */
  isAppUrl(url: string): boolean;
  /** Is `url` the error page's "Restart station"? */
  isRestartRequest(url: string): boolean;
}

export function rendererTarget(devServerUrl: string | undefined, indexHtmlPath: string): RendererTarget {
  if (devServerUrl) {
    const origin = new URL(devServerUrl).origin;
    const errorPage = new URL(ERROR_PAGE_FILE, devServerUrl).href;
    return {
      load: { kind: 'url', url: devServerUrl },
      errorPage: { kind: 'url', url: errorPage },
      isAppUrl: (url) => originOf(url) === origin,
      isRestartRequest: (url) => isRestartRequest(url, errorPage),
    };
  }
  const page = pathToFileURL(indexHtmlPath).href;
  const errorPagePath = join(dirname(indexHtmlPath), ERROR_PAGE_FILE);
  const errorPage = pathToFileURL(errorPagePath).href;
  return {
    load: { kind: 'file', path: indexHtmlPath },
    errorPage: { kind: 'file', path: errorPagePath },
    isAppUrl: (url) => withoutHash(url) === page,
    isRestartRequest: (url) => isRestartRequest(url, errorPage),
  };
}

function originOf(url: string): string | undefined {
  try {
    return new URL(url).origin;
  } catch {
    return undefined;
  }
}

function withoutHash(url: string): string | undefined {
  try {
    const parsed = new URL(url);
    parsed.hash = '';
    parsed.search = '';
    return parsed.href;
  } catch {
    return undefined;
  }
}
