/**
 * `npm run bench`: prints the figures recorded in docs/benchmarks.md, with the machine they came
 * from. Run it on a quiet machine; each part starts its own processes on 127.0.0.1.
 */
import { benchBrowserStart } from './browser-start';
import { benchDutyNow } from './duty-now';
import { benchDutyRoster } from './duty-roster';
import { benchLocalSearch } from './local-search';
import { describeMachine } from './machine';
import { benchServerMessaging } from './server-messaging';
import { benchSupervisionClient } from './supervision-client';
import { benchSupervisionScheduler } from './supervision-scheduler';
import { benchYjsServers } from './yjs';

const parts: Record<string, () => Promise<Record<string, unknown>>> = {
  'server messaging (200 clients, 20 chats)': benchServerMessaging,
  'local search (1,000,000 messages)': () => benchLocalSearch(),
  'browser mode start → interactive chat list': benchBrowserStart,
  'yjs servers (ours vs @y/websocket-server vs @hocuspocus/server)': benchYjsServers,
  'supervision scheduler pass (100,000 items)': () => benchSupervisionScheduler(),
  'supervision list and dashboard (100,000 items, 200 units)': () => benchSupervisionClient(),
  'duty roster: a year, 60 people': benchDutyRoster,
  'duty-now: 今日值班 across 2,000 units': benchDutyNow,
};

async function main(): Promise<void> {
  const only = process.argv.slice(2);
  console.log(`machine: ${describeMachine()}`);
  for (const [name, run] of Object.entries(parts)) {
    if (only.length > 0 && !only.some((o) => name.includes(o))) continue;
    console.log(`\n## ${name}`);
    console.log(JSON.stringify(await run(), null, 2));
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
