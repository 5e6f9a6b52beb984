// Browser mode: `tsx main/browser-host/cli.ts --server http://127.0.0.1:8300 [--port 8310] [--data ./data/client] [--renderer dist/renderer]`
import path from 'node:path';
import { parseArgs } from 'node:util';
import { startBrowserHost } from './index';

const { values } = parseArgs({
  options: {
    port: { type: 'string', default: '0' },
    data: { type: 'string', default: path.join('data', 'client') },
    server: { type: 'string', default: 'http://127.0.0.1:8300' },
    renderer: { type: 'string', default: path.join('dist', 'renderer') },
  },
});

async function main(): Promise<void> {
  const host = await startBrowserHost({
    port: Number(values.port),
    dataDir: path.resolve(values.data),
    serverUrl: values.server,
    rendererDir: path.resolve(values.renderer),
  });
  console.log(host.url);
  const stop = () => void host.close().then(() => process.exit(0));
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : String(error));
  process.exit(1);
});
