import { existsSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { safeStorage } from 'electron';
import type { SecretStore } from '../core/secrets';

/**
 * Secrets (the session token) encrypted with the OS keyring through safeStorage, in
 * userData/secrets.json as base64 ciphertext.
 *
 * Policy when no keyring is available (Linux without a secret service, where safeStorage falls
 * back to the 'basic_text' backend with a hard-coded key, or encryption is off altogether): the
 * token is kept in memory only and never written to disk, so the user signs in at each launch.
 * Writing it "encrypted" with a key every Chromium build shares would protect nothing.
 */
export interface SecretStorePolicy {
  persistent: boolean;
  reason: string;
}

export function secretStorePolicy(): SecretStorePolicy {
  if (!safeStorage.isEncryptionAvailable()) return { persistent: false, reason: '系统未提供加密存储，登录凭据不保存，每次启动需重新登录' };
  if (process.platform === 'linux') {
    const backend = safeStorage.getSelectedStorageBackend();
    if (backend === 'basic_text' || backend === 'unknown') {
      return { persistent: false, reason: `未找到系统密钥环（${backend}），登录凭据不保存，每次启动需重新登录` };
    }
  }
  return { persistent: true, reason: 'safeStorage' };
}

export function createSafeSecretStore(userData: string, policy: SecretStorePolicy = secretStorePolicy()): SecretStore {
  const memory = new Map<string, string>();
  const file = join(userData, 'secrets.json');
  if (!policy.persistent) return memoryStore(memory);

  const load = (): Record<string, string> => {
    if (!existsSync(file)) return {};
    try {
      const data: unknown = JSON.parse(readFileSync(file, 'utf8'));
      return data && typeof data === 'object' ? (data as Record<string, string>) : {};
    } catch {
      return {};
    }
  };
  const save = (data: Record<string, string>) => {
    const tmp = `${file}.tmp`;
    writeFileSync(tmp, JSON.stringify(data), { mode: 0o600 });
    renameSync(tmp, file);
  };

  return {
    get(key) {
      const sealed = load()[key];
      if (typeof sealed !== 'string') return null;
      try {
        return safeStorage.decryptString(Buffer.from(sealed, 'base64'));
      } catch {
        // The keyring changed (new OS profile, restored backup): treat as signed out.
        return null;
      }
    },
    set(key, value) {
      save({ ...load(), [key]: safeStorage.encryptString(value).toString('base64') });
    },
    delete(key) {
      const data = load();
      if (!(key in data)) return;
      delete data[key];
      save(data);
    },
  };
}

function memoryStore(memory: Map<string, string>): SecretStore {
  return {
    get: (key) => memory.get(key) ?? null,
    set: (key, value) => void memory.set(key, value),
    delete: (key) => void memory.delete(key),
  };
}
