import fs from 'node:fs';
import path from 'node:path';
import type { SecretStore } from './secrets';

/**
 * Browser mode has no OS keyring (Electron safeStorage is desktop-only), so the policy is: the
 * token sits in a plaintext JSON file created with mode 0600 in a 0700 directory, readable only
 * by the OS user who runs the host — the same protection the local database itself has.
 */
export class FileSecretStore implements SecretStore {
  constructor(private readonly file: string) {}

  private read(): Record<string, string> {
    try {
      return JSON.parse(fs.readFileSync(this.file, 'utf8')) as Record<string, string>;
    } catch {
      return {};
    }
  }

  private write(values: Record<string, string>): void {
    fs.mkdirSync(path.dirname(this.file), { recursive: true, mode: 0o700 });
    const temp = `${this.file}.${process.pid}.tmp`;
    fs.writeFileSync(temp, JSON.stringify(values), { mode: 0o600 });
    fs.renameSync(temp, this.file);
  }

  get(key: string): string | null {
    return this.read()[key] ?? null;
  }

  set(key: string, value: string): void {
    this.write({ ...this.read(), [key]: value });
  }

  delete(key: string): void {
    const values = this.read();
    delete values[key];
    this.write(values);
  }
}
