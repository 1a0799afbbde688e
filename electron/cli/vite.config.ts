// The built `station` CLI (out/cli/, `npm run build:cli`): plain JavaScript, so a start does not pay
// for Node's type stripping (its TypeScript compiler alone costs about what `node -e 0` does). The
// commands stay lazy: each one's module graph is a chunk of its own, loaded only when it runs.
// Packages stay in node_modules (external), as in the app's main build, except zod and uuidv7: one
// chunk parses faster than zod's 95 module files. sources.json lists every source file in the build
// (and package.json, package-lock.json): the bin runs the build only while none is newer (built-cli.js).
import { writeFileSync } from 'node:fs';
import { relative, resolve } from 'node:path';
import { defineConfig, type Plugin } from 'vite';

const ROOT = resolve(import.meta.dirname, '../..');
const OUT_DIR = resolve(ROOT, 'out/cli');

/** Writes sources.json: when the build started and the repository files it was made of. */
function sourceList(): Plugin {
  let startedAt = 0;
  return {
    name: 'station-cli-sources',
    buildStart() {
      startedAt = Date.now();
    },
    writeBundle() {
      const sources = [...this.getModuleIds()]
        .filter((id) => id.startsWith(`${ROOT}/`) && !id.includes('/node_modules/'))
        .map((id) => relative(ROOT, id))
        // The bundled packages (zod, uuidv7) change with these.
        .concat('package.json', 'package-lock.json')
        .sort();
      writeFileSync(resolve(OUT_DIR, 'sources.json'), `${JSON.stringify({ startedAt, sources }, null, 1)}\n`);
    },
  };
}

export default defineConfig({
  root: ROOT,
  logLevel: 'warn',
  plugins: [sourceList()],
  ssr: { noExternal: ['zod', 'uuidv7'] },
  build: {
    ssr: resolve(ROOT, 'electron/cli/station.ts'),
    outDir: OUT_DIR,
    emptyOutDir: true,
    target: 'node22',
    minify: false,
    reportCompressedSize: false,
    rolldownOptions: {
      output: { entryFileNames: 'station.js', chunkFileNames: 'chunks/[name]-[hash].js' },
    },
  },
});
