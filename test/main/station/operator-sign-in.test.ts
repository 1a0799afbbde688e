// Who is packing, through the station core: nothing is recorded before someone signs in, a name or a
// badge signs in, the own badge signs out, another badge switches, and every row carries the operator.
import { describe, expect } from 'vitest';
import { type AuditRecord, listAudit } from '../../../electron/main/db/audit-log.ts';
import { openStationDb } from '../../../electron/main/db/connection.ts';
import { startTestStation, type TestStation, stationTest as test } from './station-fixture.ts';

const QUERY = { sort: { by: 'created', direction: 'asc' }, offset: 0, limit: 1 } as const;

function audit(dbFile: string, kind?: AuditRecord['kind']): AuditRecord[] {
  const db = openStationDb(dbFile);
  try {
    return listAudit(db, { ...(kind ? { kind } : {}), limit: 100 }).reverse();
  } finally {
    db.close();
  }
}

async function newOrder(st: TestStation): Promise<number> {
  const { rows } = await st.value('orders:query', { ...QUERY, statuses: ['new'] });
  const orderId = rows[0]?.id;
  if (orderId === undefined) throw new Error('no new order in the demo data');
  return orderId;
}

describe('station core: operator sign-in', () => {
  test('before anyone signs in, steps, prints and lock ways out are refused with "Sign in first"', async ({
    st,
  }) => {
    const orderId = await newOrder(st);
    expect((await st.value('settings:get')).operator).toBe('');
    const refusals = [
      await st.call('transitions:enqueue', { orderId, action: 'process' }),
      await st.call('print:order', { orderId, kind: 'slip' }),
      await st.call('orders:take-server-status', { orderId, reason: 'box checked' }),
    ];
    for (const refusal of refusals) {
      expect(refusal).toMatchObject({ ok: false, error: { code: 'rejected' } });
      if (refusal.ok) continue;
      expect(refusal.error.message).toMatch(/^Sign in first/);
      expect(refusal.error.message).not.toMatch(/reprint|settings/i);
    }
    expect((await st.value('orders:get', { orderId })).entries).toEqual([]);
  });

  test('a typed name is cleaned, signs in and is carried by the step and its audit row', async ({
    st,
    dbFile,
  }) => {
    const change = await st.value('operator:sign-in', { name: '  Ana\u0007 \u202Ede   Vries\t ' });
    expect(change).toEqual({ outcome: 'signed-in', operator: 'Ana de Vries', previous: '' });
    expect((await st.value('settings:get')).operator).toBe('Ana de Vries');

    const orderId = await newOrder(st);
    const entry = await st.value('transitions:enqueue', { orderId, action: 'process' });
    expect(entry.operator).toBe('Ana de Vries');
    const rows = audit(dbFile);
    expect(rows.find((row) => row.kind === 'operator-signed-in')).toMatchObject({
      operator: 'Ana de Vries',
      detail: { how: 'name' },
    });
    expect(rows.find((row) => row.kind === 'transition-enqueued')).toMatchObject({
      operator: 'Ana de Vries',
      orderId,
    });
  });

  test('a badge signs in, another badge switches, the own badge again signs out', async ({ st, dbFile }) => {
    await expect(st.value('operator:sign-in', { badge: 'OP:Anna' })).resolves.toEqual({
      outcome: 'signed-in',
      operator: 'Anna',
      previous: '',
    });
    await expect(st.value('operator:sign-in', { badge: 'OP:Bram\r\n' })).resolves.toEqual({
      outcome: 'switched',
      operator: 'Bram',
      previous: 'Anna',
    });
    // A scanner with caps lock on sends the same badge in the other case: still Bram's own.
    await expect(st.value('operator:sign-in', { badge: 'op:bram' })).resolves.toEqual({
      outcome: 'signed-out',
      operator: '',
      previous: 'Bram',
    });
    expect((await st.value('settings:get')).operator).toBe('');

    const rows = audit(dbFile).filter((row) => row.kind.startsWith('operator-'));
    expect(rows.map((row) => [row.kind, row.operator, row.detail])).toEqual([
      ['operator-signed-in', 'Anna', { how: 'badge' }],
      ['operator-switched', 'Bram', { how: 'badge', previous: 'Anna' }],
      ['operator-signed-out', 'Bram', { how: 'badge' }],
    ]);
  });

  test('the Sign out button signs out; with nobody signed in it changes nothing', async ({ st, dbFile }) => {
    await st.value('operator:sign-in', { name: 'Anna' });
    await expect(st.value('operator:sign-out')).resolves.toEqual({
      outcome: 'signed-out',
      operator: '',
      previous: 'Anna',
    });
    await expect(st.value('operator:sign-out')).resolves.toMatchObject({ outcome: 'unchanged' });
    expect(audit(dbFile, 'operator-signed-out')).toHaveLength(1);
  });

  test('hostile or empty names and codes that are no badge are refused in words', async ({ st, dbFile }) => {
    const refused = [
      await st.call('operator:sign-in', { name: ' \u0000\u200B\t ' }),
      await st.call('operator:sign-in', { name: 'x'.repeat(61) }),
      await st.call('operator:sign-in', { badge: 'OP:' }),
      await st.call('operator:sign-in', { badge: 'SO-000123' }),
      await st.call('operator:sign-in', { badge: `OP:${'y'.repeat(200)}` }),
      await st.call('operator:sign-in', { name: 'PSO100011' }),
      await st.call('operator:sign-in', { name: '100011' }),
    ];
    const messages = refused.map((response) => (response.ok ? 'signed in' : response.error.message));
    expect(messages).toEqual([
      'Enter your name or scan your badge to sign in.',
      'A name has at most 60 characters: enter a shorter one.',
      'This badge holds no name: ask a supervisor for a new badge.',
      'This is not an operator badge: a badge starts with OP:. Scan your badge or type your name.',
      'A name has at most 60 characters: enter a shorter one.',
      '“PSO100011” is an order code, not a name: type your name or scan your badge.',
      '“100011” is an order code, not a name: type your name or scan your badge.',
    ]);
    await expect(st.call('operator:sign-in', { name: 'z'.repeat(501) })).resolves.toMatchObject({
      ok: false,
      error: { code: 'invalid-request' },
    });
    // HTML is a name like any other: kept as text, the renderer shows it as text.
    await expect(
      st.value('operator:sign-in', { name: '<img src=x onerror=alert(1)>' }),
    ).resolves.toMatchObject({
      operator: '<img src=x onerror=alert(1)>',
    });
    expect(audit(dbFile, 'operator-signed-in')).toHaveLength(1);
  });

  test('a restart signs the operator out; the badge prefix stays', async ({ st, dbFile }) => {
    await st.value('settings:update', { badgePrefix: 'BADGE-' });
    await st.value('operator:sign-in', { badge: 'badge-Anna' });
    await st.station.close();
    const again = await startTestStation(dbFile, { waitForPull: false });
    try {
      await expect(again.value('settings:get')).resolves.toMatchObject({
        operator: '',
        badgePrefix: 'BADGE-',
      });
      await expect(again.call('operator:sign-in', { badge: 'OP:Anna' })).resolves.toMatchObject({
        ok: false,
      });
      await expect(again.value('operator:sign-in', { badge: 'BADGE-Anna' })).resolves.toMatchObject({
        outcome: 'signed-in',
      });
    } finally {
      await again.station.close();
    }
  });

  test('the badge prefix is a supervisor setting and must not read as another code', async ({ st }) => {
    await st.value('settings:update', { supervisorPin: { next: '2468' } });
    await expect(st.call('settings:update', { badgePrefix: 'ID#' })).resolves.toMatchObject({
      ok: false,
      error: { code: 'wrong-pin' },
    });
    await expect(st.call('settings:update', { badgePrefix: 'PSO', pin: '2468' })).resolves.toMatchObject({
      ok: false,
      error: { code: 'invalid-request' },
    });
    await expect(st.value('settings:update', { badgePrefix: 'ID#', pin: '2468' })).resolves.toMatchObject({
      badgePrefix: 'ID#',
    });
  });

  test('settings:update with an operator signs in the same way, audited', async ({ st, dbFile }) => {
    await st.value('settings:update', { operator: 'Sam', locale: 'nl' });
    await st.value('settings:update', { operator: '' });
    expect(
      audit(dbFile)
        .filter((row) => row.kind.startsWith('operator-'))
        .map((row) => [row.kind, row.operator]),
    ).toEqual([
      ['operator-signed-in', 'Sam'],
      ['operator-signed-out', 'Sam'],
    ]);
  });
});
