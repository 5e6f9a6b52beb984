import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { z } from 'zod';

/**
 * The deployment config an administrator puts beside the executable (or in the user's data
 * directory): which server this office uses. Template: build/xietong.config.example.json.
 * Pure Node (no Electron), so it is tested without the runtime.
 */
export const DeploymentConfig = z.object({
  serverUrl: z.url({ protocol: /^https?$/ }).optional(),
  /** Whether the login page may switch servers; false pins the client to serverUrl. */
  allowServerChange: z.boolean().default(true),
});
export type DeploymentConfig = z.infer<typeof DeploymentConfig>;

export const CONFIG_FILE = 'xietong.config.json';
export const DEV_SERVER_URL = 'http://127.0.0.1:8300';

export interface ResolvedConfig extends DeploymentConfig {
  serverUrl: string;
  /** Where serverUrl came from, for the log. */
  source: string;
}

/**
 * First match wins: the XIETONG_SERVER environment variable, then xietong.config.json in each
 * directory given (beside the executable, resources, user data), then the local dev server.
 * A config file that does not parse is an error: a silent fallback would point the client at the
 * wrong server.
 */
export function resolveConfig(dirs: string[], env: NodeJS.ProcessEnv = process.env): ResolvedConfig {
  let fileConfig: DeploymentConfig | undefined;
  let source = 'default';
  for (const dir of dirs) {
    const file = join(dir, CONFIG_FILE);
    if (!existsSync(file)) continue;
    const parsed = DeploymentConfig.safeParse(JSON.parse(readFileSync(file, 'utf8')));
    if (!parsed.success) throw new Error(`${file}: ${parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; ')}`);
    fileConfig = parsed.data;
    source = file;
    break;
  }
  const fromEnv = env.XIETONG_SERVER?.trim();
  if (fromEnv) {
    const url = z.url({ protocol: /^https?$/ }).safeParse(fromEnv);
    if (!url.success) throw new Error(`XIETONG_SERVER is not an http(s) URL: ${fromEnv}`);
    return { allowServerChange: fileConfig?.allowServerChange ?? true, serverUrl: url.data, source: 'XIETONG_SERVER' };
  }
  return {
    allowServerChange: fileConfig?.allowServerChange ?? true,
    serverUrl: fileConfig?.serverUrl ?? DEV_SERVER_URL,
    source: fileConfig?.serverUrl ? source : 'default',
  };
}

/** The origins the renderer may connect to for y-websocket: the server's http(s) and ws(s) forms. */
export function serverOrigins(serverUrl: string): string[] {
  const u = new URL(serverUrl);
  const ws = u.protocol === 'https:' ? 'wss:' : 'ws:';
  return [u.origin, `${ws}//${u.host}`];
}
