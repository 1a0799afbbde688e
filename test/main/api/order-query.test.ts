import { describe, expect, it } from 'vitest';
import { orderListSearch } from '../../../electron/main/api/index.ts';
import type { OrderListQuery } from '../../../shared/api/equipme.ts';

function search(query: OrderListQuery): string {
  const result = orderListSearch(query);
  if (!result.ok) throw new Error(result.error.join('; '));
  return decodeURIComponent(result.value.toString());
}

function issues(query: unknown): string[] {
  const result = orderListSearch(query as OrderListQuery);
  if (result.ok) throw new Error('expected the query to be refused');
  return result.error;
}

describe('orderListSearch', () => {
  it('serialises every documented filter, arrays as repeated keys', () => {
    expect(
      search({
        customers: [1, 2],
        services: [3],
        status: ['new', 'inprocess'],
        transactionTypes: ['order', 'swap'],
        order: 'SO-1',
        externalIds: ['a b', 'c&d'],
        serviceCategories: [9],
        after: '2025-01-01T00:00:00Z',
        before: '2025-02-01T00:00:00+01:00',
        sortBy: 'customer',
        sortOrder: 'asc',
        offset: 200,
        limit: 1000,
      }),
    ).toBe(
      'customers=1&customers=2&services=3&status=new&status=inprocess&transactionTypes=order&transactionTypes=swap' +
        '&order=SO-1&externalIds=a+b&externalIds=c&d&serviceCategories=9&after=2025-01-01T00:00:00Z' +
        '&before=2025-02-01T00:00:00+01:00&sortBy=customer&sortOrder=asc&offset=200&limit=1000',
    );
  });

  it('encodes reserved characters so values cannot split', () => {
    const result = orderListSearch({ externalIds: ['c&d=e'] });
    expect(result.ok && result.value.getAll('externalIds')).toEqual(['c&d=e']);
  });

  it('leaves out empty arrays and absent filters', () => {
    expect(search({ status: [], limit: 5 })).toBe('limit=5');
    expect(search({})).toBe('');
  });

  it('keeps limit within 1..1000', () => {
    expect(issues({ limit: 0 })).toEqual(['limit: must be at least 1, got 0']);
    expect(issues({ limit: 1001 })).toEqual(['limit: must be at most 1000, got 1001']);
    expect(issues({ limit: 2.5 })).toEqual(['limit: expected integer, received number']);
  });

  it('refuses unknown statuses, bad dates, negative offsets and misspelt filters', () => {
    expect(issues({ status: ['shipped'] })).toEqual(["status[0]: unknown value 'shipped'"]);
    expect(issues({ after: 'last week' })).toEqual(["after: not a valid datetime: 'last week'"]);
    expect(issues({ offset: -1 })).toEqual(['offset: must be at least 0, got -1']);
    expect(issues({ statuses: ['new'] })).toEqual(['unknown field statuses']);
    expect(issues({ sortOrder: 'up' })).toEqual(["sortOrder: unknown value 'up'"]);
  });
});
