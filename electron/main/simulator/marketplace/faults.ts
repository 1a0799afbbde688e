// The marketplace simulator's faults: the Equipme simulator's knobs (latency, 5xx, 429, unauthorized,
// offline) and one of its own, `tokenLifetime`: how many requests a login's token serves before the
// simulator answers 401 for it (0: for ever), so a client's renewal path runs.
import { err, ok, type Result } from '../../../../shared/domain/result.ts';
import { type Faults, parseFaults, validateFaultsPatch } from '../faults.ts';

export interface MarketplaceFaults extends Faults {
  tokenLifetime: number;
}

const MAX_TOKEN_LIFETIME = 1_000_000;

function tokenLifetime(value: unknown): Result<number, string> {
  return typeof value === 'number' && Number.isSafeInteger(value) && value >= 0 && value <= MAX_TOKEN_LIFETIME
    ? ok(value)
    : err(
        `invalid value for 'tokenLifetime': expected a whole number of requests from 0 to ${MAX_TOKEN_LIFETIME}`,
      );
}

/** A JSON patch of the knobs: the shared ones as validateFaultsPatch reads them, plus tokenLifetime. */
export function validateMarketplaceFaults(input: unknown): Result<Partial<MarketplaceFaults>, string> {
  if (typeof input !== 'object' || input === null || Array.isArray(input)) return err('invalid faults');
  const { tokenLifetime: lifetime, ...shared } = input as Record<string, unknown>;
  const patch = validateFaultsPatch(shared);
  if (!patch.ok || lifetime === undefined) return patch;
  const checked = tokenLifetime(lifetime);
  return checked.ok ? ok({ ...patch.value, tokenLifetime: checked.value }) : checked;
}

/** `latency=MS,…,tokenLifetime=N`, as parseFaults reads the shared knobs. */
export function parseMarketplaceFaults(spec: string): Result<Partial<MarketplaceFaults>, string> {
  const shared: string[] = [];
  let lifetime: number | undefined;
  for (const entry of spec.split(',')) {
    const [key, value, ...rest] = entry.split('=');
    if (key?.trim() !== 'tokenLifetime') {
      shared.push(entry);
      continue;
    }
    const text = value?.trim() ?? '';
    if (rest.length > 0 || !/^\d{1,7}$/.test(text))
      return err(`invalid value '${text}' for fault 'tokenLifetime'`);
    const checked = tokenLifetime(Number(text));
    if (!checked.ok) return checked;
    lifetime = checked.value;
  }
  const patch = parseFaults(shared.join(','));
  if (!patch.ok || lifetime === undefined) return patch;
  return ok({ ...patch.value, tokenLifetime: lifetime });
}
