// What a print job says about its document: a "Cut to fit" note names the line that was cut, which in
// an address is rarely its last one (the city or the country).
import { describe, expect, test } from 'vitest';
import { renderPayload } from '../../../electron/main/printing/print-payload.ts';
import { layoutShippingLabel } from '../../../shared/domain/label/shipping-label.ts';
import type { PrinterConfig } from '../../../shared/ipc/printing.ts';
import { longOrder, SHIP_FROM } from '../../shared/label/orders.ts';

const zebra: PrinterConfig = {
  name: 'Zebra',
  kind: 'zpl',
  address: 'tcp://127.0.0.1:9100',
  dpi: 300,
  media: 'label-4x6',
};

describe('cut-to-fit notes', () => {
  test('quote the address line that was cut, not the last line of the address', async () => {
    const layout = layoutShippingLabel(longOrder(), {
      media: 'label-4x6',
      dpi: 300,
      shipFrom: SHIP_FROM,
      date: '2025-11-26',
    });
    const { notes } = await renderPayload(zebra, layout, new Date(0));
    const shipTo = notes.filter((note) => note.startsWith('Cut to fit (ship-to)'));
    expect(shipTo).toEqual([
      'Cut to fit (ship-to): "Hinterhaus, Aufgang C, bei Familie…" — check the order for the full text.',
    ]);
    expect(notes.join('\n')).not.toContain('10115 Berlin');
  });

  test('name every cut line of an item', async () => {
    const layout = layoutShippingLabel(longOrder(), {
      media: 'roll-62mm',
      dpi: 203,
      shipFrom: SHIP_FROM,
      date: '2025-11-26',
    });
    const { notes } = await renderPayload({ ...zebra, media: 'roll-62mm', dpi: 203 }, layout, new Date(0));
    expect(notes.filter((note) => note.startsWith('Cut to fit (ship-to)'))).toEqual([
      'Cut to fit (ship-to): "Braunschweig-Lüneb…" — check the order for the full text.',
      'Cut to fit (ship-to): "Hinterhaus, Aufgang…" — check the order for the full text.',
    ]);
  });
});
