// Browser mode needs the built renderer: build it once if this checkout has not yet.
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

export const APP_ROOT = fileURLToPath(new URL('../../..', import.meta.url));

export function ensureRendererBuilt(): void {
  if (existsSync(`${APP_ROOT}out/renderer/index.html`)) return;
  execFileSync('npm', ['run', 'build'], { cwd: APP_ROOT, stdio: 'ignore' });
}
