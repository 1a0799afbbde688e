// Fault injection for the API routes: slow, failing, rate-limited, revoked or unreachable backends,
// settable at start (CLI spec string) and at runtime. Dice are seeded so a failing run replays.
import { z } from 'zod';
import type { Result } from '../../../shared/domain/result.ts';
import { err, ok } from '../../../shared/domain/result.ts';
import { createPrng, deriveSeed, type Prng } from './seed/prng.ts';

export interface Faults {
  /** Milliseconds added before each API response. */
  latency: number;
  /** Probability of a 500/502/503 answer, without applying anything. */
  error5xx: number;
  /** Probability that a mutation is applied and then the connection dropped without an answer. */
  dropAfterApply: number;
  /** Probability of a 429 with Retry-After: 1. */
  rate429: number;
  /** The key was revoked: every API route answers 401. */
  unauthorized: boolean;
  /** Unreachable: every API connection is destroyed at once. */
  offline: boolean;
}

export const NO_FAULTS: Faults = {
  latency: 0,
  error5xx: 0,
  dropAfterApply: 0,
  rate429: 0,
  unauthorized: false,
  offline: false,
};

const MAX_LATENCY_MS = 600_000;
const probability = z.number().min(0).max(1);
const flag = z.union([z.boolean(), z.literal(0), z.literal(1)]).transform((v) => v === true || v === 1);

const faultsPatch = z.strictObject({
  latency: z.number().int().min(0).max(MAX_LATENCY_MS).optional(),
  error5xx: probability.optional(),
  dropAfterApply: probability.optional(),
  rate429: probability.optional(),
  unauthorized: flag.optional(),
  offline: flag.optional(),
});

/** Validates a JSON faults object (partial; booleans may be 0/1). */
export function validateFaultsPatch(input: unknown): Result<Partial<Faults>, string> {
  const parsed = faultsPatch.safeParse(input);
  if (parsed.success) return ok(parsed.data);
  const issue = parsed.error.issues[0];
  if (!issue) return err('invalid faults');
  if (issue.code === 'unrecognized_keys') return err(`unknown fault '${issue.keys.join("', '")}'`);
  const key = issue.path.join('.');
  return err(key ? `invalid value for '${key}': ${issue.message}` : `invalid faults: ${issue.message}`);
}

type FaultKey = keyof Faults;
const KEYS: readonly FaultKey[] = [
  'latency',
  'error5xx',
  'dropAfterApply',
  'rate429',
  'unauthorized',
  'offline',
];
const isFaultKey = (key: string): key is FaultKey => (KEYS as readonly string[]).includes(key);

function parseValue(key: FaultKey, text: string): number | boolean | undefined {
  switch (key) {
    case 'latency': {
      const ms = /^\d+$/.test(text) ? Number(text) : Number.NaN;
      return ms <= MAX_LATENCY_MS ? ms : undefined;
    }
    case 'unauthorized':
    case 'offline':
      return text === '1' ? true : text === '0' ? false : undefined;
    default: {
      const p = /^(?:\d+(?:\.\d*)?|\.\d+)$/.test(text) ? Number(text) : Number.NaN;
      return p >= 0 && p <= 1 ? p : undefined;
    }
  }
}

/** Parses `latency=MS,error5xx=P,dropAfterApply=P,rate429=P,unauthorized=0|1,offline=0|1` (any subset). */
export function parseFaults(spec: string): Result<Partial<Faults>, string> {
  const faults: Partial<Record<FaultKey, number | boolean>> = {};
  if (spec.trim() === '') return ok({});
  for (const entry of spec.split(',')) {
    const [rawKey = '', rawValue, ...rest] = entry.split('=');
    const key = rawKey.trim();
    if (!isFaultKey(key)) return err(`unknown fault '${key}' (known: ${KEYS.join(', ')})`);
    if (rawValue === undefined || rest.length > 0) {
      return err(`fault '${key}' needs exactly one value: ${key}=VALUE`);
    }
    if (key in faults) return err(`fault '${key}' is given twice`);
    const value = parseValue(key, rawValue.trim());
    if (value === undefined) return err(`invalid value '${rawValue.trim()}' for fault '${key}'`);
    faults[key] = value;
  }
  return validateFaultsPatch(faults);
}

export interface FaultController {
  current(): Faults;
  /** Merges a validated patch and returns the full faults. */
  set(patch: Partial<Faults>): Faults;
  /** Back to the faults given at start, with the dice rewound. */
  restore(): void;
  /** True with probability p. Only rolls the dice for 0 < p < 1, so fixed knobs keep the sequence. */
  roll(p: number): boolean;
  pick<T>(items: readonly T[]): T;
}

export function createFaultController(initial: Partial<Faults>, seed: number): FaultController {
  const start: Faults = { ...NO_FAULTS, ...definedOnly(initial) };
  let faults: Faults = { ...start };
  let dice: Prng = createPrng(deriveSeed(seed, 99));
  return {
    current: () => ({ ...faults }),
    set(patch) {
      faults = { ...faults, ...definedOnly(patch) };
      return { ...faults };
    },
    restore() {
      faults = { ...start };
      dice = createPrng(deriveSeed(seed, 99));
    },
    roll: (p) => (p <= 0 ? false : p >= 1 ? true : dice.next() < p),
    pick: (items) => dice.pick(items),
  };
}

function definedOnly(patch: Partial<Faults>): Partial<Faults> {
  return Object.fromEntries(Object.entries(patch).filter(([, v]) => v !== undefined));
}
