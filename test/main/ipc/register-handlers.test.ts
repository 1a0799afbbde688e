import { describe, expect, it, vi } from 'vitest';
import type { InvokeHandlers } from '../../../electron/main/ipc/handlers.ts';
import { registerHandlers } from '../../../electron/main/ipc/register-handlers.ts';
import { INVOKE_CHANNELS } from '../../../shared/ipc/contract.ts';
import { type FakeSender, fakeIpcMain } from './fake-ipc-main.ts';
import { stubHandlers } from './stub-handlers.ts';

const QUERY = { sort: { by: 'created', direction: 'desc' }, offset: 0, limit: 50 };

function setup(overrides: Partial<InvokeHandlers> = {}) {
  const handlers = stubHandlers(overrides);
  const logError = vi.fn();
  const ipc = fakeIpcMain();
  registerHandlers(ipc, handlers, { isTrustedSender: (event: FakeSender) => event.trusted, logError });
  return { ipc, handlers, logError };
}

describe('registerHandlers', () => {
  it('registers exactly the contract channels', () => {
    const { ipc } = setup();
    expect(ipc.channels().sort()).toEqual([...INVOKE_CHANNELS].sort());
    expect(ipc.channels()).not.toContain('orders:list');
  });

  it('answers a valid call with the handler envelope, passing the parsed arguments', async () => {
    const { ipc, handlers } = setup();
    await expect(ipc.call('station:info')).resolves.toEqual({ ok: true, value: { channel: 'station:info' } });
    const args = { ...QUERY, text: 'müller', statuses: ['new', 'inprocess'] };
    await expect(ipc.call('orders:query', args)).resolves.toEqual({
      ok: true,
      value: { channel: 'orders:query' },
    });
    expect(handlers['orders:query']).toHaveBeenCalledWith(args);
  });

  it.each([
    ['a wrong type', { ...QUERY, limit: '50' }],
    ['a limit of 0', { ...QUERY, limit: 0 }],
    ['a limit above 500', { ...QUERY, limit: 501 }],
    ['a fractional offset', { ...QUERY, offset: 2.5 }],
    ['an unknown status', { ...QUERY, statuses: ['shipped'] }],
    ['an unknown field', { ...QUERY, sql: 'drop table orders' }],
    ['no arguments object', 'orders'],
    ['no arguments at all', undefined],
  ])('refuses %s as invalid-request without calling the handler', async (_case, args) => {
    const { ipc, handlers } = setup();
    const response = await ipc.call('orders:query', args);
    expect(response).toMatchObject({ ok: false, error: { code: 'invalid-request' } });
    expect((response as { error: { message: string } }).error.message).toContain('orders:query');
    expect(handlers['orders:query']).not.toHaveBeenCalled();
  });

  it('refuses arguments on a channel that takes none', async () => {
    const { ipc, handlers } = setup();
    await expect(ipc.call('station:info', { extra: true })).resolves.toMatchObject({
      ok: false,
      error: { code: 'invalid-request' },
    });
    expect(handlers['station:info']).not.toHaveBeenCalled();
  });

  it('passes a handler error value through with its message', async () => {
    const message = 'The supervisor PIN is wrong. Ask a supervisor to enter it again.';
    const { ipc } = setup({
      'picks:override': async () => ({ ok: false, error: { code: 'wrong-pin', message } }),
    });
    await expect(
      ipc.call('picks:override', { orderId: 1, pin: '1234', reason: 'box damaged' }),
    ).resolves.toEqual({
      ok: false,
      error: { code: 'wrong-pin', message },
    });
  });

  it('turns a thrown error into a generic internal error, logged in main only', async () => {
    const failure = new Error('SQLITE_CORRUPT at /home/station/.station/orders.db');
    const { ipc, logError } = setup({
      'orders:get': async () => {
        throw failure;
      },
    });
    const response = await ipc.call('orders:get', { orderId: 7 });
    expect(response).toMatchObject({ ok: false, error: { code: 'internal' } });
    const text = JSON.stringify(response);
    expect(text).not.toContain('SQLITE_CORRUPT');
    expect(text).not.toContain('register-handlers.test.ts');
    expect(logError).toHaveBeenCalledWith('orders:get', failure);
  });

  it('refuses calls from a sender that is not the station window', async () => {
    const { ipc, handlers } = setup();
    await expect(ipc.callFrom({ trusted: false }, 'station:info')).resolves.toMatchObject({
      ok: false,
      error: { code: 'forbidden' },
    });
    expect(handlers['station:info']).not.toHaveBeenCalled();
  });
});
