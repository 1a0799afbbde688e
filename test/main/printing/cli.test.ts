// `station print` and `station printers` on a station database, as a script would run them.
import { readdirSync } from 'node:fs';
import { describe, expect } from 'vitest';
import { station as run } from '../../fixtures/cli.ts';
import { startFakePrinter } from '../../fixtures/fake-printer.ts';
import { ORDER_IDS, printTest as test } from './fixtures.ts';

describe('station print / printers', () => {
  test('add a file printer, print a slip, refuse a second print, reprint with a reason', async ({
    station,
    dbFile,
    folder,
  }) => {
    const env = { STATION_DB: dbFile, STATION_OPERATOR: 'ana' };
    const added = await run(
      [
        'printers',
        '--add',
        'Files',
        '--kind',
        'pdf-file',
        '--address',
        folder,
        '--dpi',
        '300',
        '--media',
        'a4',
        '--default-slip',
        'Files',
      ],
      env,
    );
    expect(added).toMatchObject({ code: 0, stderr: '' });
    expect(added.stdout).toMatch(/Files\s+pdf-file\s+.*300\s+a4\s+slip/);

    const printed = await run(['print', String(ORDER_IDS.plain), '--kind', 'slip'], env);
    expect(printed.code).toBe(0);
    expect(printed.stdout).toMatch(/^slip of order 4711 on Files: printed \(job [0-9a-f-]+\)\n {2}Saved as /);
    expect(readdirSync(folder)).toHaveLength(1);

    const again = await run(['print', String(ORDER_IDS.plain), '--kind', 'slip'], env);
    expect(again.code).toBe(1);
    expect(again.stderr).toMatch(/already printed at .* on Files — use Reprint with a reason/);

    const reprint = await run(
      ['print', String(ORDER_IDS.plain), '--kind', 'slip', '--reprint-reason', 'coffee on it', '--json'],
      env,
    );
    expect(reprint.code).toBe(0);
    expect(JSON.parse(reprint.stdout)).toMatchObject({
      state: 'printed',
      reason: 'coffee on it',
      operator: 'ana',
    });
    expect(readdirSync(folder)).toHaveLength(2);
    expect(station.prepare('SELECT count(*) FROM print_jobs').pluck().get()).toBe(2);
  });

  test('a printer that is off: the job is kept and the command says so', async ({
    station: _station,
    dbFile,
  }) => {
    const printer = await startFakePrinter();
    try {
      const env = { STATION_DB: dbFile, STATION_OPERATOR: 'ana' };
      await run(
        [
          'printers',
          '--add',
          'Zebra-1',
          '--kind',
          'zpl',
          '--address',
          printer.address,
          '--default-label',
          'Zebra-1',
        ],
        env,
      );
      await printer.goOffline();
      const result = await run(['print', String(ORDER_IDS.long)], env);
      expect(result.code).toBe(1);
      expect(result.stdout).toMatch(/waiting for the printer \(kept in the print ledger/);
      expect(result.stderr).toMatch(/refused the connection/);
    } finally {
      await printer.close();
    }
  });

  test('test print, status, settings', async ({ dbFile, folder }) => {
    const printer = await startFakePrinter({ paperOut: true });
    try {
      const env = { STATION_DB: dbFile };
      await run(['printers', '--add', 'Zebra-1', '--kind', 'zpl', '--address', printer.address], env);
      const status = await run(['printers', '--status', 'Zebra-1', '--json'], env);
      expect(JSON.parse(status.stdout)).toMatchObject({ ready: false, problems: ['paper-out'] });
      const test = await run(['printers', '--test', 'Zebra-1'], env);
      expect(test.code).toBe(1);
      expect(test.stderr).toMatch(/out of paper/);

      await run(
        ['printers', '--add', 'Files', '--kind', 'png-file', '--address', folder, '--media', 'roll-62mm'],
        env,
      );
      expect(await run(['printers', '--test', 'Files'], env)).toMatchObject({ code: 0 });
      expect(readdirSync(folder)[0]).toMatch(/-test\.png$/);

      const set = await run(
        [
          'printers',
          '--auto-print',
          'label',
          '--ship-from',
          '{"name":"Köln Hub","city":"Köln","countryCode":"DE"}',
          '--json',
        ],
        env,
      );
      expect(JSON.parse(set.stdout)).toMatchObject({
        autoPrint: { label: true, slip: false },
        shipFrom: { name: 'Köln Hub' },
      });
    } finally {
      await printer.close();
    }
  });

  test('wrong usage is exit 2 with the usage line', async ({ dbFile }) => {
    const env = { STATION_DB: dbFile, STATION_OPERATOR: 'ana' };
    expect(await run(['print', 'abc'], env)).toMatchObject({
      code: 2,
      stderr: expect.stringMatching(/usage: station print/),
    });
    expect(await run(['print', '1', '--kind', 'box'], env)).toMatchObject({ code: 2 });
    expect(await run(['print', '1'], { STATION_DB: dbFile })).toMatchObject({
      code: 2,
      stderr: expect.stringMatching(/no operator/),
    });
    expect(await run(['printers', '--add', 'X', '--kind', 'laser', '--address', '/tmp'], env)).toMatchObject({
      code: 2,
    });
    expect(await run(['printers', '--add', 'X', '--kind', 'zpl', '--address', 'nowhere'], env)).toMatchObject(
      {
        code: 1,
        stderr: expect.stringMatching(/is not an address/),
      },
    );
  });
});
