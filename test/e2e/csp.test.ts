// The renderer needs no 'unsafe-inline': under the station's strict CSP (no inline styles or scripts)
// the screens an operator visits raise no securitypolicyviolation and no CSP console error.
// Browser mode + station core + simulator, in Debian Chromium.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { labelBarcode } from '../../shared/domain/scan-codes.ts';
import { type RunningStation, scan, startStationInBrowser, waitForOrderScreen } from './station-fixture.ts';
import { shippingOrder } from './station-helpers.ts';

interface Violation {
  directive: string;
  blocked: string;
  sample: string;
}

declare global {
  interface Window {
    cspViolations?: Violation[];
  }
}

let s: RunningStation;
const consoleErrors: string[] = [];

beforeAll(async () => {
  s = await startStationInBrowser({ orders: 80, seed: 5, signedIn: false });
  await s.page.addInitScript(() => {
    window.cspViolations = [];
    document.addEventListener('securitypolicyviolation', (event) => {
      window.cspViolations?.push({
        directive: event.effectiveDirective,
        blocked: event.blockedURI,
        sample: event.sample,
      });
    });
  });
  // Errors only: Chromium also warns that the <meta> copy cannot carry frame-ancestors (the header does).
  s.page.on('console', (message) => {
    if (message.type() === 'error' && /content security policy/i.test(message.text()))
      consoleErrors.push(message.text());
  });
}, 60_000);
afterAll(() => s?.close());

const violations = () => s.page.evaluate(() => window.cspViolations ?? []);
const nav = (name: string) => s.page.getByRole('navigation').getByRole('button', { name, exact: true });

describe('the strict CSP', () => {
  it('is served without unsafe-inline', async () => {
    const response = await fetch(new URL('/', s.url));
    const policy = response.headers.get('content-security-policy') ?? '';
    expect(policy).toContain("style-src 'self';");
    expect(policy).not.toContain('unsafe-inline');
  });

  it('sign-in, queue, order, outbox and settings raise no violation', async () => {
    await s.page.goto(s.url);
    await s.page.getByRole('heading', { name: 'Sign in to pack' }).waitFor({ timeout: 15_000 });
    await scan(s.page, 'OP:Anna');
    await s.page.locator('[role="option"]').first().waitFor({ timeout: 15_000 });

    const order = shippingOrder(s.sim, { status: 'new', maxQuantity: 3 });
    await scan(s.page, labelBarcode(order.id));
    await waitForOrderScreen(s.page, order.order.orderNumber, order.id);

    await nav('Outbox').click();
    await s.page.getByRole('navigation').locator('[aria-current="page"]', { hasText: 'Outbox' }).waitFor();
    await nav('Settings').click();
    await s.page.getByRole('region', { name: 'Operator badges' }).waitFor();
    await s.page.mouse.wheel(0, 10_000);
    await nav('Queue').click();
    await s.page.locator('[role="option"]').first().waitFor();

    expect(await violations()).toEqual([]);
    expect(consoleErrors).toEqual([]);
  }, 90_000);

  it('does refuse an inline style, so the silence above means something', async () => {
    await s.page.evaluate(() => {
      const probe = document.createElement('div');
      probe.innerHTML = '<span style="color: red">probe</span>';
      document.body.append(probe);
    });
    // Once per policy: the header's and the <meta>'s.
    await expect
      .poll(async () => (await violations()).map((violation) => violation.directive))
      .toEqual(['style-src-attr', 'style-src-attr']);
    expect(consoleErrors.length).toBeGreaterThan(0);
  });
});
