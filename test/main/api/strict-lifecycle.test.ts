// The station's lifecycle table (an assumption, shared/domain/lifecycle.ts) against the strict server,
// which takes the lifecycle notes literally and shares nothing with that table: every move the station
// would send, sent through the station's client. Where they part, the station offers a move the
// notes do not describe, or misses one they do.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { EquipmeClient } from '../../../electron/main/api/index.ts';
import type { FulfillmentAction, FulfillmentStatus, TransactionType } from '../../../shared/api/equipme.ts';
import { checkTransition, LIFECYCLE } from '../../../shared/domain/lifecycle.ts';
import { type StrictEquipme, startStrictEquipme } from '../../fixtures/strict-equipme/index.ts';
import { stationClient } from '../../fixtures/strict-equipme/station-client.ts';

let server: StrictEquipme;
let api: EquipmeClient;

beforeAll(async () => {
  server = await startStrictEquipme({ seed: 9, orders: 600 });
  api = stationClient(server);
});
afterAll(() => server.close());

const TYPES: TransactionType[] = ['order', 'return', 'change', 'swap', 'cancellation'];

interface Case {
  from: FulfillmentStatus;
  action: FulfillmentAction;
  to: FulfillmentStatus;
  type: TransactionType;
  preorder: boolean;
}

/** Every move of the station's table, once per kind of order the table allows it for. */
const cases: Case[] = LIFECYCLE.flatMap(({ from, action, to }) =>
  TYPES.flatMap((type) =>
    [false, ...(type === 'order' ? [true] : [])].map((preorder) => ({ from, action, to, type, preorder })),
  ),
).filter((c) => {
  const check = checkTransition(c.from, c.action, { transactionType: c.type, isPreorder: c.preorder });
  return check.ok && check.to === c.to;
});

const name = (c: Case) => `${c.from} --${c.action}--> ${c.to} (${c.type}${c.preorder ? ', preorder' : ''})`;

// The notes: completeReturnDecommission is for "a return order whose item has been received and
// checked", and the check-in of a return order is processReturnedItem. The station's table lets a
// return order be decommissioned without it (docs/lifecycle.md takes `process` as the check-in), and
// lets a swap be decommissioned, which the notes reserve for return orders.
const PARTS_WITH_THE_NOTES = new Set([
  'inprocess --completeReturnDecommission--> processed (return)',
  'delivered-outbound --completeReturnDecommission--> processed (return)',
  'delivered-outbound --completeReturnDecommission--> processed (swap)',
]);

const used = new Set<number>();
/** A fresh order of the kind, put into `from` on the server. */
function orderFor(c: Pick<Case, 'from' | 'type' | 'preorder'>): number {
  const id = server.orderIds().find((i) => {
    const o = server.order(i);
    return !used.has(i) && o?.transactionType === c.type && (o.isPreorder === true) === c.preorder;
  });
  if (id === undefined) throw new Error(`the seed has no fresh ${c.type} order`);
  used.add(id);
  server.setStatus(id, c.from);
  return id;
}

async function send(c: Case): Promise<number> {
  const id = orderFor(c);
  const result = await api.postTransition(id, { action: c.action });
  if (!result.ok) throw new Error(`${name(c)}: ${result.error.message}`);
  return id;
}

describe('every move of the station table, on the strict server', () => {
  it('covers every row of the table', () => {
    expect(new Set(cases.map((c) => `${c.from} ${c.action}`)).size).toBe(LIFECYCLE.length);
  });

  it.each(cases.filter((c) => !PARTS_WITH_THE_NOTES.has(name(c))).map((c) => [name(c), c] as const))(
    '%s: 204 and the server lands where the table says',
    async (_, c) => {
      const id = await send(c);
      expect(server.order(id)?.status).toBe(c.to);
    },
  );

  // Bug in our lifecycle assumption, see PARTS_WITH_THE_NOTES: the strict server answers 409.
  it.fails.each(cases.filter((c) => PARTS_WITH_THE_NOTES.has(name(c))).map((c) => [name(c), c] as const))(
    '%s: accepted by the notes too',
    async (_, c) => {
      await send(c);
    },
  );
});

describe('moves the notes describe that the station table misses', () => {
  // Bug in our lifecycle assumption: the notes check in the item of a return order with
  // processReturnedItem and only then decommission it; the station's table has no processReturnedItem
  // outside delivery-returned-outbound, so the station cannot take a return order down the notes' path.
  it.fails('a return order in process: check the item in (processReturnedItem), then decommission it', async () => {
    const id = orderFor({ from: 'inprocess', type: 'return', preorder: false });
    const traits = { transactionType: 'return' as const, isPreorder: false };
    expect(checkTransition('inprocess', 'processReturnedItem', traits)).toEqual({
      ok: true,
      to: 'inprocess',
    });
    expect((await api.postTransition(id, { action: 'processReturnedItem' })).ok).toBe(true);
    expect((await api.postTransition(id, { action: 'completeReturnDecommission' })).ok).toBe(true);
    expect(server.order(id)?.status).toBe('processed');
  });
});
