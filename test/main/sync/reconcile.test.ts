import { describe, expect, it } from 'vitest';
import { reconcile } from '../../../electron/main/sync/reconcile.ts';

const base = { statusBefore: 'new', expectedAfter: 'inprocess' } as const;

describe('reconcile after an answer we cannot trust', () => {
  it('counts status == expected as applied only after an unknown outcome', () => {
    expect(
      reconcile({ ...base, serverStatus: 'inprocess', hadUnknownOutcome: true, conflict409: false }),
    ).toEqual({
      verdict: 'applied',
    });
    expect(
      reconcile({ ...base, serverStatus: 'inprocess', hadUnknownOutcome: true, conflict409: true }),
    ).toEqual({
      verdict: 'applied',
    });
  });

  it('resends when the order still stands where it was', () => {
    expect(reconcile({ ...base, serverStatus: 'new', hadUnknownOutcome: true, conflict409: false })).toEqual({
      verdict: 'resend',
    });
  });

  it('reports a conflict naming both statuses when the order went elsewhere', () => {
    const r = reconcile({ ...base, serverStatus: 'cancelled', hadUnknownOutcome: true, conflict409: false });
    expect(r.verdict).toBe('conflict');
    expect(r.verdict === 'conflict' && r.message).toMatch(/cancelled.*new → inprocess/);
  });

  it('treats a first-hand 409 as taken elsewhere, even when the status equals ours', () => {
    const r = reconcile({ ...base, serverStatus: 'inprocess', hadUnknownOutcome: false, conflict409: true });
    expect(r.verdict).toBe('conflict');
    expect(r.verdict === 'conflict' && r.message).toMatch(/^Taken or changed elsewhere.*inprocess/);
  });

  it('reports a refusal with the server words when a 409 leaves the order unmoved', () => {
    const r = reconcile({
      ...base,
      serverStatus: 'new',
      hadUnknownOutcome: false,
      conflict409: true,
      serverDescription: 'Order is locked',
    });
    expect(r).toMatchObject({ verdict: 'rejected' });
    expect(r.verdict === 'rejected' && r.message).toContain('Order is locked');
  });
});
