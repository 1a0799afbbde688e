import { labelBarcode } from '../../shared/domain/scan-codes.ts';
import { scan, startStationInBrowser, waitForOrderScreen } from '../e2e/station-fixture.ts';
import { type Figure, summarize, timeAsync } from './measure.ts';

const ORDERS = 50_000;

export async function uiBench(): Promise<Record<string, Figure | number>> {
  const s = await startStationInBrowser({ orders: ORDERS, seed: 1 });
  try {
    // Wait until the station's pull has cached every open order.
    const pulled = await timeAsync(async () => {
      for (;;) {
        const status = await s.station.handlers['sync:status'](undefined);
        if (status.ok && status.value.lastPull && status.value.lastPull.orders > ORDERS / 2) return;
        await new Promise((r) => setTimeout(r, 200));
      }
    });
    const ready: number[] = [];
    const firstRow: number[] = [];
    for (let i = 0; i < 5; i++) {
      const started = performance.now();
      await s.page.goto(s.url);
      await s.page.getByText('Packing Station').first().waitFor();
      ready.push(performance.now() - started);
      await s.page.locator('[role="option"]').first().waitFor();
      firstRow.push(performance.now() - started);
    }

    const packable = s.sim
      .orderIds()
      .map((id) => s.sim.order(id))
      .filter(
        (o): o is NonNullable<typeof o> => !!o && o.status === 'inprocess' && (o.bomItems?.length ?? 0) >= 3,
      )
      .slice(0, 5);
    for (const order of packable) {
      await scan(s.page, labelBarcode(order.id));
      await waitForOrderScreen(s.page, order.order.orderNumber, order.id);
      for (const line of order.bomItems ?? []) {
        for (let n = 0; n < line.quantity; n++) await scan(s.page, line.product?.partNumber ?? '');
      }
      // Back on the queue before the next order, as a packer would be.
      await s.page.keyboard.press('Escape');
      await s.page.locator('[role="option"]').first().waitFor();
    }
    const feedback = await s.page.evaluate(() =>
      performance.getEntriesByName('scan-feedback').map((e) => e.duration),
    );
    return {
      'ui.stationPull50kMs': Math.round(pulled),
      'ui.rendererReady': summarize(ready),
      'ui.queueFirstRender50k': summarize(firstRow),
      'ui.scanToFeedback': summarize(feedback),
    };
  } finally {
    await s.close();
  }
}
