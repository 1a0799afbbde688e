// The pull places an order in the listing before the order is checked (to ask for the next page
// sooner), so the two fields it reads must hold up against anything a server sends.
import { describe, expect, it } from 'vitest';
import { listingPosition } from '../../../electron/main/api/index.ts';

describe('listingPosition', () => {
  it('reads the id and the creation time of an order as sent', () => {
    expect(listingPosition({ id: 100_001, order: { created: '2025-03-04T10:11:12.345Z' } })).toEqual({
      id: 100_001,
      created: Date.UTC(2025, 2, 4, 10, 11, 12, 345),
    });
    // .NET leaves the zone out: read as UTC, as everywhere else in the station.
    expect(listingPosition({ id: 7, order: { created: '2025-03-04T10:11:12' } }).created).toBe(
      Date.UTC(2025, 2, 4, 10, 11, 12),
    );
    expect(listingPosition({ id: 7, order: { created: '2025-03-04T11:11:12+01:00' } }).created).toBe(
      Date.UTC(2025, 2, 4, 10, 11, 12),
    );
  });

  it('reads nothing it cannot trust, and never throws', () => {
    const hostile: unknown[] = [
      null,
      undefined,
      42,
      'order',
      [],
      [{ id: 1 }],
      { id: '100001', order: { created: 1_741_082_400_000 } },
      { id: 1.5, order: null },
      { id: 2 ** 60, order: 'yesterday' },
      { id: -0.1, order: { created: '<script>alert(1)</script>' } },
      { order: { created: '2025-03-04\u0000T10:11:12Z' } },
      { order: { created: '2025-13-45T99:99:99Z' } },
      { order: { created: `2025-03-04T10:11:12.${'9'.repeat(100_000)}Z` } },
      { order: { created: 'x'.repeat(1_000_000) } },
      Object.create(null),
    ];
    for (const item of hostile) {
      const position = listingPosition(item);
      expect(position.id).toBeUndefined();
      expect(position.created === undefined || Number.isFinite(position.created)).toBe(true);
    }
    expect(listingPosition({ order: { created: '2025-13-45T99:99:99Z' } })).toEqual({});
    expect(listingPosition({ id: 1.5, order: { created: 'x'.repeat(1_000_000) } })).toEqual({});
  });
});
