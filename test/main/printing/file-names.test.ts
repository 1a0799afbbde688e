// The file printer names a shop order's document after its shop and the shop's own id, never the
// negative station key, and a shop's id cannot steer where the file goes or what it is called:
// path separators, reserved and control characters, a drive colon and a huge id all end up as one
// safe, bounded piece of a name inside the printer's folder.
import { mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, test } from 'vitest';
import { fileDriver } from '../../../electron/main/printing/file-driver.ts';
import { documentFileBase, fileNamePart } from '../../../electron/main/printing/file-names.ts';
import { firstShopKey } from '../../../shared/domain/order-keys.ts';

const JOB_ID = '0190a000-0000-7000-8000-000000000012';
const PDF = { format: 'pdf' as const, parts: [Buffer.from('%PDF-1')], notes: [] };
// Windows refuses these in a name (and `/` is Linux's separator); control characters are refused too.
function unsafe(name: string): boolean {
  return [...name].some((c) => {
    const code = c.charCodeAt(0);
    return '<>:"/\\|?*'.includes(c) || code < 0x20 || (code >= 0x7f && code <= 0x9f);
  });
}

describe('a shop order document file name', () => {
  test('the shop and its own id, not the station key', () => {
    const shopOrder = { source: 'emporix' as const, id: 'orderId200001' };
    const job = { id: JOB_ID, orderId: firstShopKey('emporix'), kind: 'label' as const, shopOrder };
    expect(documentFileBase(job)).toBe(`${JOB_ID}-emporix-orderId200001-label`);
    expect(documentFileBase({ id: JOB_ID, orderId: 4711, kind: 'slip' })).toBe(`${JOB_ID}-4711-slip`);
  });

  test.each([
    ['../x', 'x'],
    ['..\\..\\Windows\\System32', 'Windows_System32'],
    ['a:b*?', 'a_b'],
    ['C:\\temp\\x', 'C_temp_x'],
    ['<con>|"nul"', 'con_nul'],
    ['tab\there\u0000nul\u001b[31m\u0085', 'tab_here_nul_31m'],
    ['...', 'order'],
    ['', 'order'],
    ['name. ', 'name'],
    ['Bestellung-Müller', 'Bestellung-M_ller'],
  ])('%j becomes %j', (id, part) => {
    expect(fileNamePart(id)).toBe(part);
  });

  test('a 300-character id is cut to 64, the name stays under any file system limit', () => {
    const part = fileNamePart('x'.repeat(300));
    expect(part).toBe('x'.repeat(64));
    const base = documentFileBase({
      id: JOB_ID,
      orderId: -1,
      kind: 'label',
      shopOrder: { source: 'marketplace', id: `${'é/'.repeat(150)}` },
    });
    expect(base.length).toBeLessThan(200);
    expect(unsafe(base)).toBe(false);
  });
});

describe('the file printer with hostile shop ids', () => {
  let dir: string;
  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), 'station-file-names-'));
  });
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  test('every file lands in the printer folder under a safe name', async () => {
    const folder = join(dir, 'labels');
    const driver = fileDriver('Files', folder);
    const ids = ['../x', 'a:b*?', 'y'.repeat(300), 'ctl\u0001\u001f\u007f\u009b', '/etc/passwd', '..'];
    for (const [n, id] of ids.entries()) {
      const job = {
        id: `${JOB_ID.slice(0, -2)}${String(n).padStart(2, '0')}`,
        orderId: firstShopKey('marketplace') - n,
        kind: 'label' as const,
        shopOrder: { source: 'marketplace' as const, id },
      };
      const sent = await driver.send(job, PDF, new AbortController().signal);
      expect(sent, id).toMatchObject({ ok: true, value: { state: 'printed' } });
    }
    expect(readdirSync(dir)).toEqual(['labels']);
    const names = readdirSync(folder).sort();
    expect(names).toHaveLength(ids.length);
    for (const name of names) {
      expect(unsafe(name)).toBe(false);
      expect(name).not.toMatch(/^\.|\.\.|--/);
      expect(name.length).toBeLessThanOrEqual(160);
      expect(name).toMatch(/^[0-9a-f-]{36}-marketplace-[A-Za-z0-9._-]+-label\.pdf$/);
    }
    expect(names).toContain(`${JOB_ID.slice(0, -2)}00-marketplace-x-label.pdf`);
    expect(names).toContain(`${JOB_ID.slice(0, -2)}01-marketplace-a_b-label.pdf`);
    expect(names).toContain(`${JOB_ID.slice(0, -2)}02-marketplace-${'y'.repeat(64)}-label.pdf`);
    expect(names).toContain(`${JOB_ID.slice(0, -2)}05-marketplace-order-label.pdf`);
  });
});
