// A reprint's reason code through the IPC gate and the station core, as the renderer sends it: checked
// against the codes, kept in the ledger, printed on the document.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect } from 'vitest';
import type { PrintJobView } from '../../../shared/ipc/printing.ts';
import { stationTest as test, until } from '../station/station-fixture.ts';
import { pdfToText } from './external-tools.ts';

const QUERY = { sort: { by: 'created', direction: 'asc' }, offset: 0, limit: 1 } as const;

describe('print:order with a reason code', () => {
  test('a reprint of the packing slip with code LOST prints REPRINT: LOST; unknown codes are refused', async ({
    st,
    dir,
  }) => {
    await st.value('settings:update', { operator: 'Ana' });
    const { rows } = await st.value('orders:query', { ...QUERY, statuses: ['new'] });
    const orderId = rows[0]?.id ?? 0;
    const first = await st.value('print:order', { orderId, kind: 'slip' });
    const bogus = await st.callRaw('print:order', { orderId, kind: 'slip', reprintCode: 'BOGUS' });
    expect(bogus).toMatchObject({ ok: false, error: { code: 'invalid-request' } });

    const reprint = await st.value('print:order', { orderId, kind: 'slip', reprintCode: 'LOST' });
    expect(reprint).toMatchObject({ reasonCode: 'LOST', reason: null, reprintOf: first.id });
    let done: PrintJobView | undefined;
    await until('the reprint to be written', async () => {
      done = (await st.value('print:jobs', { orderId })).find((job) => job.id === reprint.id);
      return done?.state === 'printed';
    });
    const pdf = readFileSync(join(dir, 'labels', `${reprint.id}-${orderId}-slip.pdf`));
    expect(await pdfToText(pdf)).toContain('REPRINT: LOST');
  });
});
