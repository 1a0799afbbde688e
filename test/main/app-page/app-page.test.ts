// app://station/ serves the built renderer folder and nothing else, however the path is written.
import { mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { answerAppRequest, resolveAppRequest } from '../../../electron/main/app-page/app-page.ts';
import { contentSecurityPolicy } from '../../../electron/main/host/csp.ts';

const base = mkdtempSync(join(tmpdir(), 'app-page-'));
const renderer = join(base, 'renderer');
mkdirSync(join(renderer, 'assets'), { recursive: true });
writeFileSync(join(renderer, 'index.html'), '<!doctype html><title>Packing Station</title>');
writeFileSync(join(renderer, 'assets', 'index.js'), 'console.log(1);');
writeFileSync(join(renderer, 'assets', 'index.css'), 'body{}');
writeFileSync(join(renderer, 'assets', 'scanner.wasm'), Buffer.from([0, 0x61, 0x73, 0x6d]));
writeFileSync(join(renderer, '.env'), 'SECRET=1');
writeFileSync(join(base, 'secret.txt'), 'outside the renderer folder');
symlinkSync(join(base, 'secret.txt'), join(renderer, 'assets', 'link.txt'));
afterAll(() => rmSync(base, { recursive: true, force: true }));

const servedFile = (url: string, method?: string) => {
  const answer = resolveAppRequest(renderer, url, method);
  return answer.status === 200 ? answer.file.path : answer.status;
};

describe('resolveAppRequest', () => {
  it('serves the page and its assets with their types', () => {
    expect(servedFile('app://station/')).toBe(join(renderer, 'index.html'));
    expect(servedFile('app://station/index.html')).toBe(join(renderer, 'index.html'));
    const types = ['index.html', 'assets/index.js', 'assets/index.css', 'assets/scanner.wasm'].map((path) => {
      const answer = resolveAppRequest(renderer, `app://station/${path}`);
      return answer.status === 200 ? answer.file.contentType : answer.status;
    });
    expect(types).toEqual([
      'text/html; charset=utf-8',
      'text/javascript; charset=utf-8',
      'text/css; charset=utf-8',
      'application/wasm',
    ]);
  });

  it('drops the query and the hash', () => {
    expect(servedFile('app://station/index.html?lang=de#/orders/4711')).toBe(join(renderer, 'index.html'));
    expect(servedFile('app://station/assets/index.js?v=2')).toBe(join(renderer, 'assets', 'index.js'));
  });

  it('never leaves the renderer folder, however the path is written', () => {
    for (const url of [
      'app://station/../secret.txt',
      'app://station/assets/../../secret.txt',
      'app://station/%2e%2e/secret.txt',
      'app://station/%2E%2E%2Fsecret.txt',
      'app://station/assets/%2e%2e%2f%2e%2e%2fsecret.txt',
      'app://station/..%5csecret.txt',
      'app://station/assets\\..\\..\\secret.txt',
      'app://station/%5C..%5Csecret.txt',
      `app://station/${base}/secret.txt`,
      `app://station//${base}/secret.txt`,
      'app://station/C:/Windows/win.ini',
      'app://station/C%3A%5CWindows%5Cwin.ini',
      'app://station/index.html:stream',
      'app://station/assets/link.txt',
      'app://station/.env',
      'app://station/%00index.html',
      'app://station/%E0%A4%A',
    ]) {
      expect(servedFile(url), url).toBe(404);
    }
  });

  it('refuses other hosts, other schemes and folders', () => {
    expect(servedFile('app://STATION/index.html')).toBe(join(renderer, 'index.html'));
    expect(servedFile('app://elsewhere/index.html')).toBe(404);
    expect(servedFile('app:///index.html')).toBe(404);
    expect(servedFile('file:///index.html')).toBe(404);
    expect(servedFile('https://station/index.html')).toBe(404);
    expect(servedFile('not a url')).toBe(404);
    expect(servedFile('app://station/assets')).toBe(404);
    expect(servedFile('app://station/missing.js')).toBe(404);
  });

  it('serves reads only', () => {
    expect(servedFile('app://station/index.html', 'HEAD')).toBe(join(renderer, 'index.html'));
    expect(servedFile('app://station/index.html', 'POST')).toBe(405);
    expect(servedFile('app://station/index.html', 'PUT')).toBe(405);
  });

  it('answers 404 in words when the renderer folder is missing', () => {
    const answer = resolveAppRequest(join(base, 'nowhere'), 'app://station/index.html');
    expect(answer).toMatchObject({ status: 404, reason: expect.stringContaining('reinstall') });
  });
});

describe('answerAppRequest', () => {
  it('streams the file with its type, length and the CSP', async () => {
    const response = answerAppRequest(renderer, new Request('app://station/assets/index.js'));
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('text/javascript; charset=utf-8');
    expect(response.headers.get('content-length')).toBe('15');
    expect(response.headers.get('content-security-policy')).toBe(contentSecurityPolicy());
    expect(response.headers.get('x-content-type-options')).toBe('nosniff');
    expect(await response.text()).toBe('console.log(1);');
  });

  it('answers HEAD without a body and refusals in plain text', async () => {
    const head = answerAppRequest(renderer, new Request('app://station/index.html', { method: 'HEAD' }));
    expect(head.status).toBe(200);
    expect(await head.text()).toBe('');
    const missing = answerAppRequest(renderer, new Request('app://station/../secret.txt'));
    expect(missing.status).toBe(404);
    expect(missing.headers.get('content-type')).toBe('text/plain; charset=utf-8');
    expect(await missing.text()).not.toContain('outside');
    const post = answerAppRequest(renderer, new Request('app://station/index.html', { method: 'POST' }));
    expect(post.status).toBe(405);
  });
});
