import { spawn, type ChildProcess, type StdioOptions } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { createConnection, createServer, type AddressInfo } from 'node:net';
import { round } from '../stats';

/**
 * Starts `node --import tsx script` with the open-file limit raised to the hard limit: 10,000
 * sockets do not fit the usual soft limit of 1,024. bash's exec keeps the pid (so /proc/<pid> is
 * node's) and the inherited IPC descriptor.
 */
export function spawnNode(
  script: string,
  options: { env?: Record<string, string>; stdio?: StdioOptions; ipc?: boolean; nodeArgs?: string[] } = {},
): ChildProcess {
  const args = [process.execPath, '--import', 'tsx', ...(options.nodeArgs ?? []), script];
  return spawn('bash', ['-c', 'ulimit -n "$(ulimit -Hn)" && exec "$0" "$@"', ...args], {
    env: { ...process.env, ...options.env },
    stdio: options.stdio ?? (options.ipc ? ['ignore', 'inherit', 'inherit', 'ipc'] : ['ignore', 'ignore', 'inherit']),
    // Typed arrays of timestamps go over IPC as they are instead of as JSON.
    serialization: 'advanced',
  });
}

export function openFileLimit(): number {
  const line = readFileSync('/proc/self/limits', 'utf8').split('\n').find((l) => l.startsWith('Max open files'));
  return Number(line?.split(/\s+/)[4]);
}

/** User plus system CPU time of a process, in seconds. */
export function cpuSeconds(pid: number): number {
  const fields = readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1]!.split(' ');
  return (Number(fields[11]) + Number(fields[12])) / 100;
}

/** CPU time every process on the machine has used since boot, in seconds (/proc/stat, idle and iowait left out). */
export function machineBusySeconds(): number {
  const [user, nice, system, , , irq, softirq, steal] = readFileSync('/proc/stat', 'utf8').split('\n')[0]!.split(/\s+/).slice(1).map(Number);
  return (user! + nice! + system! + irq! + softirq! + steal!) / 100;
}

/**
 * Waits, at most maxMs, for a second in which the whole machine used less than a third of a core,
 * and returns how long it waited. Other people's builds and tests share this machine and come in
 * bursts; starting a measurement between them makes the servers' figures comparable.
 */
export async function quietSecond(maxMs: number): Promise<number> {
  const started = performance.now();
  for (;;) {
    const before = machineBusySeconds();
    await sleep(1_000);
    if (machineBusySeconds() - before < 1 / 3 || performance.now() - started >= maxMs) return round((performance.now() - started) / 1000, 0);
  }
}

/** Resident set size (VmRSS) or its peak so far (VmHWM), in bytes. */
export function rssBytes(pid: number, field: 'VmRSS' | 'VmHWM' = 'VmRSS'): number {
  const match = new RegExp(`^${field}:\\s+(\\d+) kB`, 'm').exec(readFileSync(`/proc/${pid}/status`, 'utf8'));
  if (!match) throw new Error(`no ${field} for process ${pid}`);
  return Number(match[1]) * 1024;
}

/** RSS right after a full collection in a process started with collect-on-signal.ts. */
export async function liveRssBytes(pid: number): Promise<number> {
  process.kill(pid, 'SIGUSR2');
  await sleep(500);
  return rssBytes(pid);
}

export async function freePort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  await new Promise<void>((resolve) => server.close(() => resolve()));
  return port;
}

/** Resolves once something accepts TCP connections on the port; fails if the process exits first. */
export async function waitForPort(port: number, child: ChildProcess, timeoutMs = 30_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`server exited with code ${child.exitCode} before listening`);
    const open = await new Promise<boolean>((resolve) => {
      const socket = createConnection({ port, host: '127.0.0.1' });
      socket.once('connect', () => {
        socket.destroy();
        resolve(true);
      });
      socket.once('error', () => resolve(false));
    });
    if (open) return;
    await sleep(50);
  }
  throw new Error(`nothing listening on port ${port} after ${timeoutMs} ms`);
}

/** SIGTERM, so servers that store on shutdown get to; SIGKILL if that takes too long. */
export async function stopProcess(child: ChildProcess, timeoutMs = 30_000): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return;
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  child.kill('SIGTERM');
  const timer = setTimeout(() => child.kill('SIGKILL'), timeoutMs);
  await exited;
  clearTimeout(timer);
}

export const sleep = (ms: number): Promise<void> => new Promise((resolve) => setTimeout(resolve, ms));

/** Wall-clock milliseconds with sub-millisecond resolution, comparable across processes on one machine. */
export const sharedNow = (): number => performance.timeOrigin + performance.now();
