import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, it } from 'vitest';

// The wire types are generated from the spec, never edited by hand: regenerating must change nothing.
it('shared/api/equipme-fulfillment.gen.ts is what openapi-typescript makes of the spec', () => {
  const dir = mkdtempSync(join(tmpdir(), 'station-gen-'));
  try {
    const out = join(dir, 'gen.ts');
    execFileSync(
      process.execPath,
      [
        'node_modules/openapi-typescript/bin/cli.js',
        'shared/api/equipme-fulfillment-orders.openapi.json',
        '-o',
        out,
      ],
      { stdio: 'pipe' },
    );
    expect(readFileSync(out, 'utf8')).toBe(readFileSync('shared/api/equipme-fulfillment.gen.ts', 'utf8'));
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});
