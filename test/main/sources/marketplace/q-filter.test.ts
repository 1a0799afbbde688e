import { describe, expect, it } from 'vitest';
import {
  buildFilter,
  buildSort,
  type FilterCriterion,
} from '../../../../electron/main/sources/marketplace/q-filter.ts';

describe('marketplace q filter', () => {
  it('writes documented criteria as <field><operator><value>, comma-separated', () => {
    const q = buildFilter([
      { field: 'status', operator: ':', value: 1 },
      { field: 'paid', operator: ':', value: 1 },
      { field: 'submit_date', operator: '>=', value: '2026-11-02T07:30:00.000Z' },
      { field: 'id', operator: '^~', value: '500' },
      { field: 'status', operator: '!:', value: 4 },
    ]);
    expect(q).toEqual({
      ok: true,
      value: 'status:1,paid:1,submit_date>=2026-11-02T07:30:00.000Z,id^~500,status!:4',
    });
    expect(
      buildFilter([{ field: 'submit_date', operator: '<', value: new Date(Date.UTC(2026, 0, 2)) }]),
    ).toEqual({
      ok: true,
      value: 'submit_date<2026-01-02T00:00:00.000Z',
    });
  });

  it('refuses a field or an operator the document does not list for it', () => {
    const unknownField = buildFilter([
      { field: 'total', operator: ':', value: '5' } as unknown as FilterCriterion,
    ]);
    expect(unknownField.ok).toBe(false);
    if (!unknownField.ok) expect(unknownField.error).toContain("'total'");
    // `paid` takes only : and !:, `submit_date` has no !: and no like.
    expect(buildFilter([{ field: 'paid', operator: '>', value: 1 } as unknown as FilterCriterion]).ok).toBe(
      false,
    );
    expect(
      buildFilter([{ field: 'submit_date', operator: '!:', value: '2026-01-01T00:00:00Z' } as never]).ok,
    ).toBe(false);
    expect(buildFilter([{ field: 'submit_date', operator: '^~', value: '2026' } as never]).ok).toBe(false);
  });

  it.each([
    ['a comma that would add a criterion', '5,status:0'],
    ['an operator that would change >= into another', '=5'],
    ['a colon', '5:6'],
    ['a like operator', '^~5'],
    ['a space', '5 6'],
    ['a control character', '5\u001b[2J'],
    ['HTML', '<b>5</b>'],
    ['nothing', ''],
    ['a huge value', '9'.repeat(100_000)],
  ])('refuses an id value with %s, never pasting it raw', (_what, value) => {
    const q = buildFilter([{ field: 'id', operator: '>', value }]);
    expect(q.ok).toBe(false);
    if (!q.ok) {
      expect(q.error).not.toContain('\u001b');
      expect(q.error.length).toBeLessThan(200);
    }
  });

  it('refuses values of the wrong shape for status, paid and submit_date', () => {
    expect(buildFilter([{ field: 'status', operator: ':', value: 5 }]).ok).toBe(false);
    expect(buildFilter([{ field: 'status', operator: ':', value: 1.5 }]).ok).toBe(false);
    expect(buildFilter([{ field: 'paid', operator: ':', value: 2 }]).ok).toBe(false);
    expect(buildFilter([{ field: 'submit_date', operator: '>', value: '2026-01-01,status:0' }]).ok).toBe(
      false,
    );
    expect(buildFilter([{ field: 'submit_date', operator: '>', value: ':2026-01-01T00:00:00Z' }]).ok).toBe(
      false,
    );
    expect(buildFilter([{ field: 'submit_date', operator: '>', value: 'yesterday' }]).ok).toBe(false);
    expect(buildFilter([{ field: 'submit_date', operator: '>', value: new Date(Number.NaN) }]).ok).toBe(
      false,
    );
  });

  it('writes sort keys as +field / -field and refuses undocumented fields', () => {
    expect(
      buildSort([
        { field: 'submit_date', direction: 'ascending' },
        { field: 'total_amount', direction: 'descending' },
        { field: 'id', direction: 'ascending' },
      ]),
    ).toEqual({ ok: true, value: '+submit_date,-total_amount,+id' });
    expect(buildSort([{ field: 'status', direction: 'ascending' } as never]).ok).toBe(false);
  });
});
