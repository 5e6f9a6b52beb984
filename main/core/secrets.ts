/**
 * Where the core keeps the session token. The desktop shell supplies one backed by Electron
 * safeStorage (OS keyring); browser mode uses a file readable only by the user (see README).
 */
export interface SecretStore {
  get(key: string): string | null;
  set(key: string, value: string): void;
  delete(key: string): void;
}
