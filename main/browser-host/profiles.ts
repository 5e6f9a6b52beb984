import crypto from 'node:crypto';
import path from 'node:path';
import { Core, createCore } from '../core/core';
import { FileSecretStore } from '../core/file-secret-store';

export const PROFILE_COOKIE = 'xietong_profile';
const PROFILE_ID = /^[0-9a-f]{32}$/;
const TEN_YEARS_S = 10 * 365 * 24 * 3600;

export function profileIdFrom(cookieHeader: string | undefined): string | null {
  for (const part of (cookieHeader ?? '').split(';')) {
    const [name, value] = part.trim().split('=');
    if (name === PROFILE_COOKIE && value && PROFILE_ID.test(value)) return value;
  }
  return null;
}

export function newProfileCookie(): { id: string; header: string } {
  const id = crypto.randomBytes(16).toString('hex');
  return { id, header: `${PROFILE_COOKIE}=${id}; Path=/; HttpOnly; SameSite=Strict; Max-Age=${TEN_YEARS_S}` };
}

/**
 * One desktop core per browser profile ("seat"): two browser contexts are two independent
 * clients, each with its own data under profiles/<id>/, as two PCs would be.
 */
export function createProfileCores(options: { dataDir: string; serverUrl: string }) {
  const cores = new Map<string, Promise<Core>>();

  function coreFor(profileId: string): Promise<Core> {
    if (!PROFILE_ID.test(profileId)) throw new Error('bad profile id');
    let core = cores.get(profileId);
    if (!core) {
      const dir = path.join(options.dataDir, 'profiles', profileId);
      core = createCore({ dataDir: dir, serverUrl: options.serverUrl, secrets: new FileSecretStore(path.join(dir, 'secrets.json')) });
      cores.set(profileId, core);
    }
    return core;
  }

  async function closeAll(): Promise<void> {
    const all = [...cores.values()];
    cores.clear();
    await Promise.all(all.map(async (core) => (await core).close()));
  }

  return { coreFor, closeAll };
}
