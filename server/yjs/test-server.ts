import { startYjsTestServer } from './test-harness';

// Test-only: the durability test runs this in a child process it can SIGKILL.
// Usage: node --import tsx server/yjs/test-server.ts DB_PATH; prints {"port":N} once listening.
async function main(): Promise<void> {
  const dbPath = process.argv[2];
  if (!dbPath) throw new Error('usage: test-server.ts DB_PATH');
  const server = await startYjsTestServer(dbPath);
  process.stdout.write(`${JSON.stringify({ port: server.port })}\n`);
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
