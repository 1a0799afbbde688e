import { describe, expect, it, vi } from 'vitest';
import type { InvokeHandlers } from '../../../electron/main/ipc/handlers.ts';
import { registerHandlers } from '../../../electron/main/ipc/register-handlers.ts';
import { INVOKE_CHANNELS } from '../../../shared/ipc/contract.ts';
import type { OrderList } from '../../../shared/ipc/orders.ts';
import { type FakeSender, fakeIpcMain } from './fake-ipc-main.ts';

const STATION_INFO = {
  version: '0.1.0',
  mode: 'demo',
  apiUrl: 'http://127.0.0.1:4010',
  printer: 'file',
} as const;
const ORDER_LIST: OrderList = { orders: [], total: 0 };

function setup(overrides: Partial<InvokeHandlers> = {}) {
  const handlers = {
    'station:info': vi.fn<InvokeHandlers['station:info']>(async () => ({ ok: true, value: STATION_INFO })),
    'orders:list': vi.fn<InvokeHandlers['orders:list']>(async () => ({ ok: true, value: ORDER_LIST })),
    ...overrides,
  };
  const logError = vi.fn();
  const ipc = fakeIpcMain();
  registerHandlers(ipc, handlers, { isTrustedSender: (event: FakeSender) => event.trusted, logError });
  return { ipc, handlers, logError };
}

describe('registerHandlers', () => {
  it('registers exactly the contract channels', () => {
    const { ipc } = setup();
    expect(ipc.channels().sort()).toEqual([...INVOKE_CHANNELS].sort());
  });

  it('answers a valid call with an ok envelope', async () => {
    const { ipc, handlers } = setup();
    await expect(ipc.call('station:info')).resolves.toEqual({ ok: true, value: STATION_INFO });
    await expect(ipc.call('orders:list', { status: ['new', 'inprocess'], limit: 50 })).resolves.toEqual({
      ok: true,
      value: ORDER_LIST,
    });
    expect(handlers['orders:list']).toHaveBeenCalledWith({ status: ['new', 'inprocess'], limit: 50 });
  });

  it.each([
    ['a wrong type', { limit: '50' }],
    ['a limit of 0', { limit: 0 }],
    ['a limit above 1000', { limit: 1001 }],
    ['a fractional limit', { limit: 2.5 }],
    ['an unknown status', { status: ['shipped'] }],
    ['a status that is not a list', { status: 'new' }],
    ['an unknown field', { limit: 10, sql: 'drop table orders' }],
    ['no arguments object', 'orders'],
  ])('refuses %s as invalid-request without calling the handler', async (_case, args) => {
    const { ipc, handlers } = setup();
    const response = await ipc.call('orders:list', args);
    expect(response).toMatchObject({ ok: false, error: { code: 'invalid-request' } });
    expect((response as { error: { message: string } }).error.message).toContain('orders:list');
    expect(handlers['orders:list']).not.toHaveBeenCalled();
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
    const message = 'Equipme refused the API key. Check the key in the station settings.';
    const { ipc } = setup({
      'orders:list': async () => ({ ok: false, error: { code: 'api-error', message } }),
    });
    await expect(ipc.call('orders:list', {})).resolves.toEqual({
      ok: false,
      error: { code: 'api-error', message },
    });
  });

  it('turns a thrown error into a generic internal error, logged in main only', async () => {
    const failure = new Error('SQLITE_CORRUPT at /home/station/.station/orders.db');
    const { ipc, logError } = setup({
      'orders:list': async () => {
        throw failure;
      },
    });
    const response = await ipc.call('orders:list', {});
    expect(response).toMatchObject({ ok: false, error: { code: 'internal' } });
    const text = JSON.stringify(response);
    expect(text).not.toContain('SQLITE_CORRUPT');
    expect(text).not.toContain('register-handlers.test.ts');
    expect(logError).toHaveBeenCalledWith('orders:list', failure);
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
