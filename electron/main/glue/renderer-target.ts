// Where the window's page comes from: the electron-vite dev server, or the built files.
import { pathToFileURL } from 'node:url';

export interface RendererTarget {
  load: { kind: 'url'; url: string } | { kind: 'file'; path: string };
  /** Is `url` the station's own page? Everything else is off limits to the window. */
  isAppUrl(url: string): boolean;
}

export function rendererTarget(devServerUrl: string | undefined, indexHtmlPath: string): RendererTarget {
  if (devServerUrl) {
    const origin = new URL(devServerUrl).origin;
    return { load: { kind: 'url', url: devServerUrl }, isAppUrl: (url) => originOf(url) === origin };
  }
  const page = pathToFileURL(indexHtmlPath).href;
  return { load: { kind: 'file', path: indexHtmlPath }, isAppUrl: (url) => withoutHash(url) === page };
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
