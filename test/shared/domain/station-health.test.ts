import { describe, expect, it } from 'vitest';
import { stationHealth } from '../../../shared/domain/station-health.ts';
import type { OutboxCounts, SyncStatus } from '../../../shared/domain/sync-status.ts';

const NOW = new Date('2026-11-20T10:00:00.000Z');
const at = (seconds: number) => new Date(NOW.getTime() + seconds * 1000).toISOString();

function counts(patch: Partial<OutboxCounts> = {}): OutboxCounts {
  return { pending: 0, sending: 0, applied: 0, failed: 0, discarded: 0, held: 0, ...patch };
}

function status(patch: Partial<SyncStatus> = {}): SyncStatus {
  return {
    connectivity: 'online',
    role: 'draining',
    alert: null,
    counts: counts(),
    rateLimitedUntil: null,
    lastPull: null,
    lastSalesPictureAt: null,
    lastProblem: null,
    lastProblemAt: null,
    lastSuccessAt: null,
    lockedOrders: 0,
    switchedOff: false,
    ...patch,
  };
}

const KEY_REJECTED = { code: 'api-key-rejected', message: 'Equipme rejected the API key.' } as const;
const DATABASE = { code: 'database-problem', message: 'The disk is full: free some space.' } as const;

describe('stationHealth: header, banner and counts from one snapshot', () => {
  it('before the first snapshot: connecting, no banner, nothing to send', () => {
    expect(stationHealth(null, NOW)).toEqual({
      link: { state: 'connecting', tone: 'neutral' },
      banner: null,
      outbox: { failed: 0, toSend: 0, tone: 'ok' },
      problem: null,
      lockedOrders: 0,
    });
  });

  it('online and all sent: green, no banner', () => {
    const health = stationHealth(status(), NOW);
    expect(health.link).toEqual({ state: 'online', tone: 'ok' });
    expect(health.banner).toBeNull();
    expect(health.outbox).toEqual({ failed: 0, toSend: 0, tone: 'ok' });
  });

  it('paused by a rejected key: the header is red too, never "Online" under the red banner', () => {
    // Equipme answers 401, so the engine counts the connection as online: the alert wins.
    const health = stationHealth(status({ alert: KEY_REJECTED, counts: counts({ pending: 2 }) }), NOW);
    expect(health.link).toEqual({ state: 'key-rejected', tone: 'danger' });
    expect(health.banner).toEqual({
      state: 'key-rejected',
      tone: 'danger',
      message: KEY_REJECTED.message,
      until: null,
    });
    expect(health.outbox).toEqual({ failed: 0, toSend: 2, tone: 'warn' });
  });

  it('a database problem outranks being offline, in the header and the banner alike', () => {
    const health = stationHealth(
      status({
        alert: DATABASE,
        connectivity: 'offline',
        lastProblem: DATABASE.message,
        lastProblemAt: at(-1),
      }),
      NOW,
    );
    expect(health.link).toEqual({ state: 'database-problem', tone: 'danger' });
    expect(health.banner?.state).toBe('database-problem');
    expect(health.banner?.message).toBe(DATABASE.message);
    // The banner already says it: no second red line with the same words.
    expect(health.problem).toBeNull();
  });

  it('offline and degraded: header and banner name the same state in the same tone', () => {
    for (const connectivity of ['offline', 'degraded'] as const) {
      const health = stationHealth(status({ connectivity }), NOW);
      expect(health.link).toEqual({ state: connectivity, tone: 'warn' });
      expect(health.banner).toEqual({ state: connectivity, tone: 'warn', message: null, until: null });
    }
  });

  it('rate-limited while the wait lasts, online again once it is over', () => {
    const slowed = stationHealth(status({ rateLimitedUntil: at(30) }), NOW);
    expect(slowed.link).toEqual({ state: 'rate-limited', tone: 'warn' });
    expect(slowed.banner).toEqual({ state: 'rate-limited', tone: 'warn', message: null, until: at(30) });
    const over = stationHealth(status({ rateLimitedUntil: at(-1) }), NOW);
    expect(over.link.state).toBe('online');
    expect(over.banner).toBeNull();
    const garbage = stationHealth(status({ rateLimitedUntil: 'soon<script>' }), NOW);
    expect(garbage.link.state).toBe('online');
  });

  it('unknown connectivity with a snapshot is still connecting', () => {
    expect(stationHealth(status({ connectivity: 'unknown' }), NOW).link).toEqual({
      state: 'connecting',
      tone: 'neutral',
    });
  });

  it('one failed step turns the outbox pill red and is counted apart from what waits', () => {
    const health = stationHealth(status({ counts: counts({ pending: 1, failed: 1 }) }), NOW);
    expect(health.outbox).toEqual({ failed: 1, toSend: 1, tone: 'danger' });
  });

  it('pending only: yellow; held and sending steps still wait to be sent', () => {
    expect(stationHealth(status({ counts: counts({ pending: 2 }) }), NOW).outbox).toEqual({
      failed: 0,
      toSend: 2,
      tone: 'warn',
    });
    expect(
      stationHealth(status({ counts: counts({ sending: 1, held: 2, applied: 9, discarded: 4 }) }), NOW)
        .outbox,
    ).toEqual({ failed: 0, toSend: 3, tone: 'warn' });
  });

  it('locked orders are counted whatever the connection', () => {
    const health = stationHealth(status({ lockedOrders: 3, connectivity: 'offline' }), NOW);
    expect(health.lockedOrders).toBe(3);
    expect(health.link.state).toBe('offline');
  });

  it('the last problem shows until Equipme answers well after it', () => {
    const problem = 'The connection to Equipme broke before it answered.';
    const fresh = status({ lastProblem: problem, lastProblemAt: at(-5), lastSuccessAt: at(-10) });
    expect(stationHealth(fresh, NOW).problem).toBe(problem);
    const sameInstant = status({ lastProblem: problem, lastProblemAt: at(-5), lastSuccessAt: at(-5) });
    expect(stationHealth(sameInstant, NOW).problem).toBe(problem);
    const neverAnswered = status({ lastProblem: problem, lastProblemAt: at(-5) });
    expect(stationHealth(neverAnswered, NOW).problem).toBe(problem);
    const stale = status({ lastProblem: problem, lastProblemAt: at(-10), lastSuccessAt: at(-5) });
    expect(stationHealth(stale, NOW).problem).toBeNull();
  });

  it('a problem without a time still shows (a station whose engine did not start)', () => {
    expect(stationHealth(status({ lastProblem: 'No API key.', lastSuccessAt: at(-1) }), NOW).problem).toBe(
      'No API key.',
    );
  });

  it('Equipme switched off: one yellow state in header and banner, over a refused key or the network', () => {
    const waiting = counts({ pending: 2, failed: 1 });
    for (const patch of [{}, { alert: KEY_REJECTED }, { connectivity: 'offline' as const }]) {
      const health = stationHealth(
        status({
          ...patch,
          switchedOff: true,
          counts: waiting,
          lastProblem: 'Offline.',
          lastProblemAt: at(-5),
        }),
        NOW,
      );
      expect(health.link).toEqual({ state: 'switched-off', tone: 'warn' });
      expect(health.banner).toEqual({ state: 'switched-off', tone: 'warn', message: null, until: null });
      // The counts still say what waits; the last problem is from before it was switched off.
      expect(health.outbox).toEqual({ failed: 1, toSend: 2, tone: 'danger' });
      expect(health.problem).toBeNull();
    }
    // The station's own database failing still outranks it.
    const broken = stationHealth(status({ switchedOff: true, alert: DATABASE }), NOW);
    expect(broken.link).toEqual({ state: 'database-problem', tone: 'danger' });
  });
});
