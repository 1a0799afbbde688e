import { describe, expect, it } from 'vitest';
import { validateOrder } from '../../../electron/main/api/index.ts';
import { unknownValuesOf } from '../../../shared/domain/unknown-values.ts';
import { bomProduct, rawOrder, validOrder } from './fixtures.ts';

function problems(raw: unknown): { message: string; issues: string[]; orderId?: number } {
  const result = validateOrder(raw);
  if (result.ok) throw new Error('expected the order to be rejected');
  return result.error;
}

describe('validateOrder', () => {
  it('accepts a spec-valid order unchanged', () => {
    const result = validateOrder(rawOrder(100234));
    expect(result).toEqual({ ok: true, value: validOrder(100234) });
  });

  it('keeps unknown fields at every depth', () => {
    const raw = rawOrder(1);
    raw.newTopLevel = { a: 1 };
    (raw.customer as Record<string, unknown>).tier = 'gold';
    raw.bomItems[0] = { ...raw.bomItems[0], serials: ['S1'] };
    const result = validateOrder(raw);
    if (!result.ok) throw new Error(result.error.message);
    const order = result.value as unknown as typeof raw & { customer: { tier: string } };
    expect(order.newTopLevel).toEqual({ a: 1 });
    expect(order.customer.tier).toBe('gold');
    expect(order.bomItems[0]?.serials).toEqual(['S1']);
  });

  it('refuses an order id below 1: the station keys its orders by id, and shop orders are negative', () => {
    for (const id of [0, -7]) {
      const refused = problems({ ...rawOrder(1), id });
      expect(refused.orderId).toBe(id);
      expect(refused.issues).toEqual([`id: must be at least 1, got ${id}`]);
    }
  });

  it('names the order and the exact path of a missing nested field', () => {
    const raw = rawOrder(100234);
    delete bomProduct(raw, 2).partNumber;
    expect(problems(raw)).toEqual({
      orderId: 100234,
      issues: ['bomItems[2].product.partNumber: expected string, received undefined'],
      message: 'order 100234: bomItems[2].product.partNumber: expected string, received undefined',
    });
  });

  it('keeps an order whose enums carry values a newer Equipme added, as sent', () => {
    const raw = rawOrder(7);
    raw.status = 'on-hold';
    raw.transactionType = 'loan';
    raw.fulfillmentType = 'pickup';
    (raw.offer as Record<string, unknown>).type = 'pay-per-use';
    (raw.service as Record<string, unknown>).type = 'bundle';
    raw.assignments = {
      location: { id: 3, name: 'Dock', type: 'locker', self: { href: '/v1/locations/3' } },
    };
    const result = validateOrder(raw);
    if (!result.ok) throw new Error(result.error.message);
    expect(result.value.status).toBe('on-hold');
    expect(unknownValuesOf(result.value)).toEqual([
      { field: 'status', value: 'on-hold' },
      { field: 'transactionType', value: 'loan' },
      { field: 'fulfillmentType', value: 'pickup' },
      { field: 'offer.type', value: 'pay-per-use' },
      { field: 'service.type', value: 'bundle' },
      { field: 'assignments.location.type', value: 'locker' },
    ]);
  });

  it('still rejects an enum field that is not even a string', () => {
    const raw = rawOrder(7);
    raw.status = 42;
    expect(problems(raw).issues).toEqual(['status: expected string, received number']);
  });

  it('removes control and format characters from every string, keeping line breaks', () => {
    const raw = rawOrder(9);
    (raw.customer as Record<string, unknown>).name = 'Jan\x1dV\x00 de\u202e Vries\x1bp';
    (raw.deliveryAddress as Record<string, unknown>).addition = 'Floor 2\r\nDesk\u200b 14';
    bomProduct(raw, 0).name = 'Laptop\x10\x14\x01 14"';
    const result = validateOrder(raw);
    if (!result.ok) throw new Error(result.error.message);
    expect(result.value.customer.name).toBe('JanV de Vriesp');
    expect(result.value.deliveryAddress?.addition).toBe('Floor 2\nDesk 14');
    expect(result.value.bomItems?.[0]?.product?.name).toBe('Laptop 14"');
  });

  it('enforces integer formats, minimum and maxLength', () => {
    const raw = rawOrder(8);
    (raw.offer as Record<string, unknown>).id = 2 ** 31; // int32
    (raw.bomItems[0] as Record<string, unknown>).quantity = 0; // minimum 1
    (raw.deliveryAddress as Record<string, unknown>).countryCode = 'DEU'; // maxLength 2
    (raw.customer as Record<string, unknown>).id = 1.5;
    expect(problems(raw).issues).toEqual([
      'offer.id: must be at most 2147483647, got 2147483648',
      'customer.id: expected integer, received number',
      'deliveryAddress.countryCode: longer than 2 characters',
      'bomItems[0].quantity: must be at least 1, got 0',
    ]);
  });

  it('accepts null where the spec says nullable and rejects it elsewhere', () => {
    const raw = rawOrder(9);
    raw.bomItems = null as never;
    raw.externalId = null;
    expect(validateOrder(raw).ok).toBe(true);
    raw.service = null;
    expect(problems(raw).issues).toEqual(['service: expected object, received null']);
  });

  it('rejects an empty required string (minLength 1) and a bad date-time', () => {
    const raw = rawOrder(10);
    (raw.order as Record<string, unknown>).orderNumber = '';
    (raw.order as Record<string, unknown>).created = 'yesterday';
    expect(problems(raw).issues).toEqual([
      'order.orderNumber: shorter than 1 characters',
      "order.created: not a valid datetime: 'yesterday'",
    ]);
  });

  it('says so when the id itself is unreadable', () => {
    const raw = rawOrder(11);
    raw.id = '11';
    const error = problems(raw);
    expect(error.orderId).toBeUndefined();
    expect(error.message).toBe('order without a readable id: id: expected number, received string');
  });

  it('rejects something that is not an object at all', () => {
    expect(problems('<html>').message).toBe('order without a readable id: expected object, received string');
  });

  it('lists every problem but caps the message', () => {
    const raw = rawOrder(12);
    for (const key of ['offer', 'service', 'order', 'customer', 'orderedBy', 'self', 'status'])
      delete raw[key];
    const error = problems(raw);
    expect(error.issues).toHaveLength(7);
    expect(error.message).toMatch(/^order 12: status: .*\(and 2 more\)$/);
  });
});
