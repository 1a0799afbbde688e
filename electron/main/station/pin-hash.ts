// The supervisor PIN is stored only as a salted scrypt hash and compared in constant time.
import { randomBytes, scrypt, timingSafeEqual } from 'node:crypto';

export interface PinHash {
  algorithm: 'scrypt';
  /** scrypt cost parameters, stored so they can be raised later without breaking old hashes. */
  N: number;
  r: number;
  p: number;
  salt: string;
  hash: string;
}

const COST = { N: 2 ** 15, r: 8, p: 1 } as const;
const KEY_BYTES = 32;

function derive(pin: string, salt: Buffer, cost: { N: number; r: number; p: number }): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    // maxmem: scrypt needs 128·N·r bytes; Node's default limit (32 MiB) is just too small for N=2^15.
    scrypt(pin, salt, KEY_BYTES, { ...cost, maxmem: 256 * cost.N * cost.r }, (error, key) =>
      error ? reject(error) : resolve(key),
    );
  });
}

export async function hashPin(pin: string): Promise<PinHash> {
  const salt = randomBytes(16);
  const hash = await derive(pin, salt, COST);
  return { algorithm: 'scrypt', ...COST, salt: salt.toString('base64'), hash: hash.toString('base64') };
}

export async function verifyPin(pin: string, stored: PinHash): Promise<boolean> {
  const expected = Buffer.from(stored.hash, 'base64');
  const actual = await derive(pin, Buffer.from(stored.salt, 'base64'), stored);
  return actual.length === expected.length && timingSafeEqual(actual, expected);
}
