import { readFileSync } from 'node:fs';
import type { IpcMainInvokeEvent, Session } from 'electron';
import { describe, expect, it, vi } from 'vitest';
import { rendererTarget } from '../../../electron/main/glue/renderer-target.ts';
import {
  CONTENT_SECURITY_POLICY,
  hardenSession,
  isTrustedSender,
} from '../../../electron/main/glue/security.ts';
import { contentSecurityPolicy, metaContentSecurityPolicy } from '../../../electron/main/host/csp.ts';

function fakeSession(policy?: string) {
  const session = {
    setPermissionRequestHandler: vi.fn(),
    setPermissionCheckHandler: vi.fn(),
    webRequest: { onHeadersReceived: vi.fn() },
  };
  hardenSession(session as unknown as Session, policy);
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

  it('sends the dev server policy, nonce included, when npm run dev gives one', () => {
    const policy = contentSecurityPolicy(undefined, 'bm9uY2Vub25jZW5vbmNl');
    expect(policy).toContain("script-src 'self' 'nonce-bm9uY2Vub25jZW5vbmNl'; style-src 'self' 'nonce-");
    expect(fakeSession(policy).headersFor({})['Content-Security-Policy']).toEqual([policy]);
  });

  it.each(['renderer/index.html', 'renderer/public/crashed.html'])(
    'uses the same policy as the <meta> in %s, less what a <meta> cannot carry',
    (page) => {
      const html = readFileSync(new URL(`../../../${page}`, import.meta.url), 'utf8');
      const meta = /http-equiv="Content-Security-Policy"\s+content="([^"]+)"/.exec(html);
      expect(meta?.[1]).toBe(metaContentSecurityPolicy());
      expect(`${meta?.[1]}; frame-ancestors 'none'`).toBe(CONTENT_SECURITY_POLICY);
      expect(CONTENT_SECURITY_POLICY).not.toContain('unsafe-inline');
    },
  );
});

describe('isTrustedSender', () => {
  const trusted = isTrustedSender(rendererTarget(undefined).isAppUrl);
  const from = (url: string | undefined) =>
    ({ senderFrame: url === undefined ? null : { url } }) as unknown as IpcMainInvokeEvent;

  it('serves only frames that show the station page', () => {
    expect(trusted(from('app://station/index.html'))).toBe(true);
    expect(trusted(from('file:///opt/packing-station/out/renderer/index.html'))).toBe(false);
    expect(trusted(from('https://evil.example/'))).toBe(false);
    expect(trusted(from('file:///tmp/other.html'))).toBe(false);
    expect(trusted(from(undefined))).toBe(false);
  });
});
