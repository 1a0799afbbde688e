// The desktop window's page comes from app://station/, never from file:// (Electron's security
// checklist, item 18): a file:// page shares its origin with every file on the disk, app://station is an
// origin of its own that serves the built renderer folder and nothing else. Plain Node, so the answer to
// each request is tested without Electron; glue/app-protocol.ts only hands Electron's requests to it.
import { createReadStream } from 'node:fs';
import { Readable } from 'node:stream';
import { contentSecurityPolicy } from '../host/csp.ts';
import { resolveStaticFile, type StaticFile } from '../host/static-files.ts';

export const APP_SCHEME = 'app';
export const APP_HOST = 'station';
/** The one page the window shows; `isAppUrl` in glue/renderer-target.ts accepts only this. */
export const APP_PAGE_URL = `${APP_SCHEME}://${APP_HOST}/index.html`;

export type AppPageAnswer = { status: 200; file: StaticFile } | { status: 404 | 405; reason: string };

/** Which file of `rendererDir` a request for `url` gets, or why none. */
export function resolveAppRequest(rendererDir: string, url: string, method = 'GET'): AppPageAnswer {
  if (method !== 'GET' && method !== 'HEAD') return { status: 405, reason: `${method} is not served` };
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return { status: 404, reason: 'not a URL' };
  }
  // Chromium lower-cases the host of a standard scheme; Node's URL keeps it as typed.
  if (parsed.protocol !== `${APP_SCHEME}:` || parsed.host.toLowerCase() !== APP_HOST) {
    return { status: 404, reason: `${parsed.protocol}//${parsed.host} is not the station page` };
  }
  // A drive letter or an NTFS stream ("C:", "file:stream") has no business in a renderer path.
  if (decodedSegments(parsed.pathname).some((segment) => segment.includes(':'))) {
    return { status: 404, reason: 'no such file' };
  }
  let file: StaticFile | null;
  try {
    file = resolveStaticFile(rendererDir, parsed.pathname || '/');
  } catch {
    return { status: 404, reason: `the renderer folder ${rendererDir} is missing: reinstall the station` };
  }
  return file ? { status: 200, file } : { status: 404, reason: 'no such file' };
}

/** The response Electron's protocol handler returns for `request`. */
export function answerAppRequest(rendererDir: string, request: Pick<Request, 'url' | 'method'>): Response {
  const answer = resolveAppRequest(rendererDir, request.url, request.method);
  const headers = {
    'Content-Security-Policy': contentSecurityPolicy(),
    'X-Content-Type-Options': 'nosniff',
    'Cache-Control': 'no-cache',
  };
  if (answer.status !== 200) {
    return new Response(`${answer.reason}\n`, {
      status: answer.status,
      headers: { ...headers, 'Content-Type': 'text/plain; charset=utf-8' },
    });
  }
  const { file } = answer;
  const body =
    request.method === 'HEAD'
      ? null
      : (Readable.toWeb(createReadStream(file.path)) as ReadableStream<Uint8Array>);
  return new Response(body, {
    status: 200,
    headers: { ...headers, 'Content-Type': file.contentType, 'Content-Length': String(file.size) },
  });
}

function decodedSegments(pathname: string): string[] {
  try {
    return decodeURIComponent(pathname).split(/[/\\]/);
  } catch {
    return [pathname];
  }
}
