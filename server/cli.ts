import { parseArgs } from 'node:util';
import { startServer } from './app';

const usage = '用法：tsx server/cli.ts --port 端口 --data 数据目录 [--host 地址] [--demo]';

function options(): { port: number; dataDir: string; host: string; demo: boolean } {
  let values;
  try {
    ({ values } = parseArgs({
      options: { port: { type: 'string' }, data: { type: 'string' }, host: { type: 'string' }, demo: { type: 'boolean' } },
      strict: true,
      allowPositionals: false,
    }));
  } catch (error) {
    fail(`${(error as Error).message}。${usage}`);
  }
  const port = Number(values.port ?? '8300');
  if (!Number.isInteger(port) || port < 0 || port > 65535) fail(`端口不合法：${values.port}。${usage}`);
  if (!values.data) fail(`缺少 --data。${usage}`);
  return { port, dataDir: values.data, host: values.host ?? '127.0.0.1', demo: values.demo ?? false };
}

function fail(message: string): never {
  console.error(message);
  process.exit(2);
}

async function main(): Promise<void> {
  const { port, dataDir, host, demo } = options();
  const server = await startServer({ dataDir, port, host, demo });
  console.log(`协同办公服务已启动：${server.url}（数据目录 ${dataDir}）`);

  let stopping = false;
  for (const signal of ['SIGINT', 'SIGTERM'] as const) {
    process.on(signal, () => {
      if (stopping) return;
      stopping = true;
      console.log('正在停止…');
      server.close().then(
        () => process.exit(0),
        (error: unknown) => {
          console.error(error);
          process.exit(1);
        },
      );
    });
  }
}

// Whoever started us may have gone (a closed pipe); that must not stop the server or its shutdown.
process.stdout.on('error', () => undefined);

// A bug in one request must not take the service down for everyone; it is logged instead.
process.on('unhandledRejection', (reason) => console.error('未处理的异步错误：', reason));

main().catch((error: unknown) => {
  console.error('服务启动失败：', error instanceof Error ? error.message : error);
  process.exit(1);
});
