// electron-vite 6 for our layout: main and preload under electron/, the renderer under renderer/.
import { randomBytes } from 'node:crypto';
import { resolve } from 'node:path';
import react from '@vitejs/plugin-react';
import { defineConfig } from 'electron-vite';
import type { Plugin } from 'vite';
import { metaContentSecurityPolicy } from './electron/main/host/csp.ts';

/** The env var that hands the dev server's CSP nonce to the Electron main process electron-vite starts. */
export const DEV_CSP_NONCE_ENV = 'STATION_DEV_CSP_NONCE';

export default defineConfig(({ command }) => {
  // `npm run dev` only: Vite's hot reload injects an inline script and <style> elements, which the
  // strict CSP refuses; Vite marks them with this nonce and both copies of the policy allow it.
  const devNonce = command === 'serve' ? randomBytes(18).toString('base64') : undefined;
  if (devNonce) process.env[DEV_CSP_NONCE_ENV] = devNonce;

  return {
    main: {
      build: {
        outDir: 'out/main',
        rolldownOptions: {
          input: { index: resolve('electron/main/index.ts') },
          // Printing imports the HTML sanitizer lazily so that `station print` does not load it; the app
          // has it in its bundle anyway (the order screen uses it), which is what this warning says.
          onwarn(warning, warn) {
            if (warning.code !== 'INEFFECTIVE_DYNAMIC_IMPORT') warn(warning);
          },
        },
      },
    },
    preload: {
      build: {
        outDir: 'out/preload',
        rolldownOptions: {
          input: { index: resolve('electron/preload/index.ts') },
          // With "type": "module" the preload would be ESM, which a sandboxed preload cannot load.
          output: { format: 'cjs', entryFileNames: '[name].cjs' },
        },
      },
    },
    renderer: {
      root: 'renderer',
      plugins: [react(), ...(devNonce ? [devServerPolicy(devNonce)] : [])],
      ...(devNonce ? { html: { cspNonce: devNonce } } : {}),
      build: {
        outDir: 'out/renderer',
        rolldownOptions: { input: { index: resolve('renderer/index.html') } },
      },
    },
  };
});

/** The dev server's index.html carries the policy with the nonce; the built one stays as written. */
function devServerPolicy(nonce: string): Plugin {
  return {
    name: 'station-dev-server-csp',
    apply: 'serve',
    transformIndexHtml: (html) =>
      html.replace(
        /(http-equiv="Content-Security-Policy"\s+content=")[^"]*"/,
        `$1${metaContentSecurityPolicy(nonce)}"`,
      ),
  };
}
