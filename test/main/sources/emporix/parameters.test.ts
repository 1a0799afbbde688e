// What goes into the path and the query is built from checked parts: the tenant and the sort.
import { describe, expect, it } from 'vitest';
import { sortParameter } from '../../../../electron/main/sources/emporix/sort.ts';
import { checkTenant } from '../../../../electron/main/sources/emporix/tenant.ts';

describe('sort', () => {
  it('builds every form the document allows', () => {
    expect(sortParameter([{ field: 'created' }])).toEqual({ ok: true, value: 'created' });
    expect(
      sortParameter([
        { field: 'created', direction: 'asc' },
        { field: 'id', direction: 'desc' },
      ]),
    ).toEqual({
      ok: true,
      value: 'created:asc,id:desc',
    });
    expect(sortParameter([{ field: 'name', language: 'de' }])).toEqual({ ok: true, value: 'name.de' });
    expect(sortParameter([{ field: 'product.name', language: 'en', direction: 'desc' }])).toEqual({
      ok: true,
      value: 'product.name.en:desc',
    });
  });

  it.each([
    [{ field: 'created,status' }],
    [{ field: 'created:desc' }],
    [{ field: 'name', language: 'de:asc' }],
    [{ field: '' }],
    [{ field: 'x'.repeat(200) }],
    [{ field: 'a b' }],
    [{ field: 'created', direction: 'sideways' as 'asc' }],
  ])('refuses %j', (key) => {
    expect(sortParameter([key]).ok).toBe(false);
  });

  it('refuses an empty list and an endless one', () => {
    expect(sortParameter([]).ok).toBe(false);
    expect(sortParameter(Array(11).fill({ field: 'id' })).ok).toBe(false);
  });
});

describe('tenant', () => {
  it.each(['demoshop', 'acme-eu', 'shop_2', '0shop'])('takes %j', (tenant) => {
    expect(checkTenant(tenant)).toEqual({ ok: true, value: tenant });
  });

  it.each(['', 'Shop', '-shop', 'a/b', 'a%2Fb', 'shop?x', 'shop#', '..', 'shöp', 'a\u0000', ' shop'])(
    'refuses %j without echoing it',
    (tenant) => {
      const checked = checkTenant(tenant);
      expect(checked.ok).toBe(false);
      if (!checked.ok && tenant.length > 2) expect(checked.error).not.toContain(tenant);
    },
  );
});
