// The probe a supervisor's change of a shop goes through: one page of one order from the very server,
// with the very account and secret, through the shop's own client; its refusal in the shop's words.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startEmporixSimulator } from '../../../electron/main/simulator/emporix/index.ts';
import { startMarketplaceSimulator } from '../../../electron/main/simulator/marketplace/index.ts';
import { probeShop } from '../../../electron/main/sources/shop-connection.ts';

let market: Awaited<ReturnType<typeof startMarketplaceSimulator>>;
let emporix: Awaited<ReturnType<typeof startEmporixSimulator>>;
beforeAll(async () => {
  market = await startMarketplaceSimulator({ orders: 5 });
  emporix = await startEmporixSimulator({ orders: 5 });
});
afterAll(async () => {
  await market.close();
  await emporix.close();
});

describe('probeShop', () => {
  it('says nothing when the settings work', async () => {
    const marketplace = { url: market.url, account: market.username, secret: market.password };
    expect(await probeShop('marketplace', marketplace)).toBeNull();
    expect(
      await probeShop('emporix', { url: emporix.url, account: emporix.tenant, secret: emporix.token }),
    ).toBeNull();
  });

  it("gives the shop's refusal in words, and a bad tenant before anything is sent", async () => {
    expect(
      await probeShop('marketplace', { url: market.url, account: market.username, secret: 'wrong' }),
    ).toMatch(/marketplace refused the station's login/);
    expect(
      await probeShop('emporix', { url: emporix.url, account: emporix.tenant, secret: 'expired' }),
    ).toMatch(/Emporix API refused the station's saas-token/);
    expect(
      await probeShop('emporix', { url: emporix.url, account: '../admin', secret: emporix.token }),
    ).toMatch(/tenant/i);
  });
});
