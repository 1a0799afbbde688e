import { describe, expect, test } from 'vitest';
import { REDACTED, redact } from '../../../electron/main/logs/redact.ts';

// Each kind of secret the station handles, as it would show up in a log line.
const CASES: [kind: string, line: string, secret: string][] = [
  ['X-API-KEY header', 'GET /orders X-API-KEY: k3y-abc-123', 'k3y-abc-123'],
  ['x-api-key in a headers object', "headers: { 'x-api-key': 'k3y-abc-123' }", 'k3y-abc-123'],
  ['apiKey in JSON', '{"apiUrl":"https://e.example","apiKey":"k3y-abc-123"}', 'k3y-abc-123'],
  ['api_key field', 'api_key=k3y-abc-123 sent', 'k3y-abc-123'],
  ['Bearer token', 'Authorization: Bearer eyJhbGciOi.payload.sig', 'eyJhbGciOi.payload.sig'],
  ['Bearer token unlabelled', 'retrying with "Bearer eyJhbGciOi.payload.sig"', 'eyJhbGciOi.payload.sig'],
  ['Basic auth', 'authorization: Basic dXNlcjpwYXNz', 'dXNlcjpwYXNz'],
  ['Basic credential unlabelled', 'curl -H "Basic c3RhdGlvbjpodW50ZXIy"', 'c3RhdGlvbjpodW50ZXIy'],
  ['saas-token header', 'saas-token: 9f8e7d6c5b4a', '9f8e7d6c5b4a'],
  ['saasToken in JSON', '{"saasToken":"9f8e7d6c5b4a"}', '9f8e7d6c5b4a'],
  ['access token', 'accessToken=tok_live_1234', 'tok_live_1234'],
  ['password field', 'emporix login {"clientId":"station","password":"hunter2!x"}', 'hunter2!x'],
  ['client secret', 'client_secret: s3cr3t-value', 's3cr3t-value'],
  ['supervisor PIN in JSON', 'settings:update {"supervisorPin":{"next":"482913"},"pin":"1234"}', '1234'],
  ['new PIN in JSON', 'settings:update {"supervisorPin":{"next":"482913"}}', '482913'],
  ['PIN as a number', '{"pin":7788}', '7788'],
  ['PIN as text', 'PIN=5566 refused', '5566'],
  ['key in a query string', 'GET https://shop.example/api/orders?key=q-key-9876&page=2', 'q-key-9876'],
  ['token in a query string', 'fetch https://x.example/feed?page=1&access_token=qtok5555', 'qtok5555'],
  ['password in a URL user part', 'connecting to https://station:pa55word@shop.example/api', 'pa55word'],
];

describe('redact', () => {
  for (const [kind, line, secret] of CASES) {
    test(`removes a ${kind}`, () => {
      const out = redact(line);
      expect(out).not.toContain(secret);
      expect(out).toContain(REDACTED);
    });
  }

  test('removes a known secret wherever it stands, even unlabelled', () => {
    const out = redact('GET https://e.example/k3y-in-the-path/orders failed', ['k3y-in-the-path']);
    expect(out).toBe(`GET https://e.example/${REDACTED}/orders failed`);
  });

  test('keeps JSON quoting so a redacted object still reads', () => {
    expect(redact('{"apiKey":"abc12345","locale":"en"}')).toBe(`{"apiKey":"${REDACTED}","locale":"en"}`);
  });

  test('leaves ordinary text alone', () => {
    const line =
      'sync: pulled 120 orders from https://e.example/v1/fulfillment-orders?page=2&limit=50; shipping to Main St 5; the supervisor PIN is wrong';
    expect(redact(line)).toBe(line);
  });

  test('a query parameter that only contains a secret word is kept', () => {
    const line = 'GET https://e.example/orders?shipping=express&postalCode=1234&keyboard=de';
    expect(redact(line)).toBe(line);
  });

  test('a camelCase secret parameter goes', () => {
    expect(redact('GET /feed?accessToken=abc123&page=1')).toBe(`GET /feed?accessToken=${REDACTED}&page=1`);
  });

  test('prose that names a scheme keeps its words', () => {
    const line = 'marketplace: Token expired, signing in again; Basic checks passed';
    expect(redact(line)).toBe(line);
  });

  test('a short known value is not taken for a secret', () => {
    expect(redact('order 12 packed', ['12'])).toBe('order 12 packed');
  });
});
