import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { FileSecretStore } from './file-secret-store';
import { tempDir } from './test-support/fixtures';

describe('FileSecretStore', () => {
  it('keeps secrets in a file only the OS user can read', () => {
    const file = path.join(tempDir(), 'profile', 'secrets.json');
    const store = new FileSecretStore(file);
    expect(store.get('token.x')).toBeNull();
    store.set('token.x', 'abc');
    store.set('token.y', 'def');
    store.delete('token.y');
    expect(new FileSecretStore(file).get('token.x')).toBe('abc');
    expect(new FileSecretStore(file).get('token.y')).toBeNull();
    expect(fs.statSync(file).mode & 0o777).toBe(0o600);
  });
});
