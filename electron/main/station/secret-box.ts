// How the station keeps the API key: only as ciphertext of a secret box the shell provides. The
// desktop app seals with the OS key store (glue/secret-box.ts); browser mode has no key store, so it
// seals with a key that lives in memory for one launch only.
import { createCipheriv, createDecipheriv, randomBytes } from 'node:crypto';

export interface SecretBox {
  /** False where nothing can be sealed safely: the station then refuses to store a key. */
  isAvailable(): boolean;
  encrypt(text: string): Buffer;
  /** Throws when the ciphertext was not sealed by this box (or was tampered with). */
  decrypt(sealed: Buffer): string;
}

const IV_BYTES = 12;
const TAG_BYTES = 16;

/**
 * AES-256-GCM under a random key generated per launch and never written anywhere: what browser mode
 * sealed is unreadable after a restart, and the station asks for the key again.
 */
export function createSessionSecretBox(): SecretBox {
  const key = randomBytes(32);
  return {
    isAvailable: () => true,
    encrypt(text) {
      const iv = randomBytes(IV_BYTES);
      const cipher = createCipheriv('aes-256-gcm', key, iv);
      const body = Buffer.concat([cipher.update(text, 'utf8'), cipher.final()]);
      return Buffer.concat([iv, cipher.getAuthTag(), body]);
    },
    decrypt(sealed) {
      if (sealed.length < IV_BYTES + TAG_BYTES) throw new Error('sealed value is too short');
      const decipher = createDecipheriv('aes-256-gcm', key, sealed.subarray(0, IV_BYTES));
      decipher.setAuthTag(sealed.subarray(IV_BYTES, IV_BYTES + TAG_BYTES));
      return Buffer.concat([
        decipher.update(sealed.subarray(IV_BYTES + TAG_BYTES)),
        decipher.final(),
      ]).toString('utf8');
    },
  };
}
