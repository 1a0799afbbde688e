import type { SafeStorage } from 'electron';
import { describe, expect, it, vi } from 'vitest';
import { safeStorageSecretBox } from '../../../electron/main/glue/secret-box.ts';

/** safeStorage as Electron offers it, with a reversible stand-in for the OS encryption. */
function fakeSafeStorage(available: boolean, backend: ReturnType<SafeStorage['getSelectedStorageBackend']>) {
  return {
    isEncryptionAvailable: vi.fn(() => available),
    getSelectedStorageBackend: vi.fn(() => backend),
    encryptString: vi.fn((text: string) => Buffer.from(`sealed:${Buffer.from(text).toString('base64')}`)),
    decryptString: vi.fn((sealed: Buffer) => {
      const text = sealed.toString();
      if (!text.startsWith('sealed:')) throw new Error('Error while decrypting the ciphertext provided');
      return Buffer.from(text.slice('sealed:'.length), 'base64').toString();
    }),
  };
}

describe('safeStorage secret box', () => {
  it('seals and opens with safeStorage', () => {
    const storage = fakeSafeStorage(true, 'gnome_libsecret');
    const box = safeStorageSecretBox(storage, 'linux');
    const sealed = box.encrypt('sk-live-123');
    expect(sealed.includes(Buffer.from('sk-live-123'))).toBe(false);
    expect(box.decrypt(sealed)).toBe('sk-live-123');
    expect(storage.encryptString).toHaveBeenCalledWith('sk-live-123');
  });

  it('lets a decryption failure through as a throw (the station asks for the key again)', () => {
    const box = safeStorageSecretBox(fakeSafeStorage(true, 'kwallet5'), 'linux');
    expect(() => box.decrypt(Buffer.from('garbage'))).toThrow();
  });

  it('is available with an OS key store only', () => {
    expect(safeStorageSecretBox(fakeSafeStorage(true, 'gnome_libsecret'), 'linux').isAvailable()).toBe(true);
    expect(safeStorageSecretBox(fakeSafeStorage(false, 'gnome_libsecret'), 'linux').isAvailable()).toBe(
      false,
    );
    // Linux without a keyring "encrypts" with a hard-coded password: not a place for an API key.
    expect(safeStorageSecretBox(fakeSafeStorage(true, 'basic_text'), 'linux').isAvailable()).toBe(false);
    // The backend question is Linux-only.
    expect(safeStorageSecretBox(fakeSafeStorage(true, 'unknown'), 'darwin').isAvailable()).toBe(true);
    expect(safeStorageSecretBox(fakeSafeStorage(true, 'basic_text'), 'win32').isAvailable()).toBe(true);
  });
});
