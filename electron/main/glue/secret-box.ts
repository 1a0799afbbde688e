// The desktop app's secret box: Electron's safeStorage (macOS Keychain, Windows DPAPI, the Linux
// keyring). On Linux without a keyring, safeStorage falls back to a hard-coded password ('basic_text'):
// that is obfuscation, not encryption, so the station treats it as no secure storage at all.
import type { SafeStorage } from 'electron';
import type { SecretBox } from '../station/secret-box.ts';

type SafeStorageLike = Pick<SafeStorage, 'isEncryptionAvailable' | 'encryptString' | 'decryptString'> &
  Partial<Pick<SafeStorage, 'getSelectedStorageBackend'>>;

export function safeStorageSecretBox(safeStorage: SafeStorageLike, platform = process.platform): SecretBox {
  return {
    isAvailable() {
      if (!safeStorage.isEncryptionAvailable()) return false;
      return platform !== 'linux' || safeStorage.getSelectedStorageBackend?.() !== 'basic_text';
    },
    encrypt: (text) => safeStorage.encryptString(text),
    decrypt: (sealed) => safeStorage.decryptString(sealed),
  };
}
