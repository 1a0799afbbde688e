// The built renderer as static files: only regular files under the root, never a directory listing,
// never a path outside the root (however it is encoded).
import { realpathSync, statSync } from 'node:fs';
import { extname, posix, resolve, sep } from 'node:path';

const CONTENT_TYPES: Readonly<Record<string, string>> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.jpeg': 'image/jpeg',
  '.gif': 'image/gif',
  '.webp': 'image/webp',
  '.ico': 'image/x-icon',
  '.woff': 'font/woff',
  '.woff2': 'font/woff2',
  '.ttf': 'font/ttf',
  '.otf': 'font/otf',
  '.wasm': 'application/wasm',
  '.mp3': 'audio/mpeg',
  '.wav': 'audio/wav',
  '.ogg': 'audio/ogg',
};

export interface StaticFile {
  path: string;
  size: number;
  contentType: string;
}

/** The file a request path names under `root`, or null (404) for anything else. */
export function resolveStaticFile(root: string, requestPath: string): StaticFile | null {
  let decoded: string;
  try {
    decoded = decodeURIComponent(requestPath.split('?')[0] ?? '');
  } catch {
    return null;
  }
  if (!decoded.startsWith('/') || decoded.includes('\0') || decoded.includes('\\')) return null;
  const segments = decoded.split('/');
  // No parent segments and no dotfiles, before any normalisation could hide them.
  if (segments.some((segment) => segment.startsWith('.'))) return null;
  const relative = decoded === '/' ? '/index.html' : posix.normalize(decoded);
  const realRoot = realpathSync(root);
  const candidate = resolve(realRoot, `.${relative}`);
  if (!candidate.startsWith(realRoot + sep)) return null;
  try {
    // A symlink inside the root must not lead out of it either.
    const real = realpathSync(candidate);
    if (!real.startsWith(realRoot + sep)) return null;
    const stat = statSync(real);
    if (!stat.isFile()) return null;
    const contentType = CONTENT_TYPES[extname(real).toLowerCase()] ?? 'application/octet-stream';
    return { path: real, size: stat.size, contentType };
  } catch {
    return null;
  }
}
