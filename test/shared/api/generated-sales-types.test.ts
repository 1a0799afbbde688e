import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, it } from 'vitest';

// The sales-side wire types come from the second spec the same way: regenerating must change nothing.
it('shared/api/equipme-sales.gen.ts is what openapi-typescript makes of the sales spec', () => {
  const dir = mkdtempSync(join(tmpdir(), 'station-gen-'));
  try {
    const out = join(dir, 'gen.ts');
    execFileSync(
      process.execPath,
      [
        'node_modules/openapi-typescript/bin/cli.js',
        'shared/api/equipme-sales-orders-customers.openapi.json',
        '-o',
        out,
      ],
      { stdio: 'pipe' },
    );
    expect(readFileSync(out, 'utf8')).toBe(readFileSync('shared/api/equipme-sales.gen.ts', 'utf8'));
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});
