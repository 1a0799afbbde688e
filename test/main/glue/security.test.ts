import { readFileSync } from 'node:fs';
import type { IpcMainInvokeEvent, Session } from 'electron';
import { describe, expect, it, vi } from 'vitest';
import { rendererTarget } from '../../../electron/main/glue/renderer-target.ts';
import {
  CONTENT_SECURITY_POLICY,
  hardenSession,
  isTrustedSender,
} from '../../../electron/main/glue/security.ts';

function fakeSession() {
  const session = {
    setPermissionRequestHandler: vi.fn(),
    setPermissionCheckHandler: vi.fn(),
    webRequest: { onHeadersReceived: vi.fn() },
  };
  hardenSession(session as unknown as Session);
  return {
    requestPermission(permission: string): boolean {
      let granted: boolean | undefined;
      session.setPermissionRequestHandler.mock.calls[0]?.[0]({}, permission, (answer: boolean) => {
        granted = answer;
      });
      if (granted === undefined) throw new Error('permission request was not answered');
      return granted;
    },
    checkPermission: (permission: string): boolean =>
      session.setPermissionCheckHandler.mock.calls[0]?.[0]({}, permission),
    headersFor(responseHeaders: Record<string, string[]>): Record<string, string[]> {
      let headers: Record<string, string[]> = {};
      session.webRequest.onHeadersReceived.mock.calls[0]?.[0](
        { responseHeaders },
        (response: { responseHeaders: Record<string, string[]> }) => {
          headers = response.responseHeaders;
        },
      );
      return headers;
    },
  };
}

describe('hardenSession', () => {
  it('denies every permission request and check', () => {
    const session = fakeSession();
    for (const permission of ['media', 'geolocation', 'notifications', 'clipboard-read', 'usb']) {
      expect(session.requestPermission(permission)).toBe(false);
      expect(session.checkPermission(permission)).toBe(false);
    }
  });

  it('adds the CSP header to every response, keeping the others', () => {
    const headers = fakeSession().headersFor({ 'Content-Type': ['text/html'] });
    expect(headers).toEqual({
      'Content-Type': ['text/html'],
      'Content-Security-Policy': [CONTENT_SECURITY_POLICY],
    });
  });

  it.each(['renderer/index.html', 'renderer/public/crashed.html'])(
    'uses the same policy as the <meta> in %s',
    (page) => {
      const html = readFileSync(new URL(`../../../${page}`, import.meta.url), 'utf8');
      const meta = /http-equiv="Content-Security-Policy"\s+content="([^"]+)"/.exec(html);
      expect(meta?.[1]).toBe(CONTENT_SECURITY_POLICY);
    },
  );
});

describe('isTrustedSender', () => {
  const trusted = isTrustedSender(
    rendererTarget(undefined, '/opt/packing-station/out/renderer/index.html').isAppUrl,
  );
  const from = (url: string | undefined) =>
    ({ senderFrame: url === undefined ? null : { url } }) as unknown as IpcMainInvokeEvent;

  it('serves only frames that show the station page', () => {
    expect(trusted(from('file:///opt/packing-station/out/renderer/index.html'))).toBe(true);
    expect(trusted(from('https://evil.example/'))).toBe(false);
    expect(trusted(from('file:///tmp/other.html'))).toBe(false);
    expect(trusted(from(undefined))).toBe(false);
  });
});
