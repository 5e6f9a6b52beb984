import { round } from '../stats';
import type { ServerKey } from './dialect';
import type { coldLoad } from './cold-load';
import type { ServerUnderTest } from './servers';
import type { editing, fanOut, idleConnections } from './workloads';

export interface ServerFigures {
  a: Awaited<ReturnType<typeof idleConnections>>;
  b: Awaited<ReturnType<typeof editing>>;
  c: Awaited<ReturnType<typeof fanOut>>;
  d: Awaited<ReturnType<typeof coldLoad>>;
}

/** The figures as the markdown table docs/benchmarks.md carries: one row per measure, one column per server. */
export function markdownTable(servers: ServerUnderTest[], figures: Record<ServerKey, Partial<ServerFigures>>): string[] {
  const rows: [string, (f: Partial<ServerFigures>) => string][] = [
    ['(a) RSS: idle server → 10,000 connections; per connection', ({ a }) => (a ? `${a.rssBaselineMiB} → ${a.rssMiB} MiB; **${a.rssPerConnectionKiB} KiB**` : '')],
    ['(a) time to open all; server CPU while they idle', ({ a }) => (a ? `${a.openSeconds} s; ${a.idleServerCpuPercent}%` : '')],
    ['(b) propagation p50 / p99 (max)', ({ b }) => (b ? latencies(b) : '')],
    ['(b) CPU: server; generator; other processes', ({ b }) => (b ? `${b.serverCpuPercent}%; ${b.generatorCpuPercent}%; ${b.otherProcessesCpuPercent}%` : '')],
    ['(b) RSS; per loaded document', ({ b }) => (b ? `${b.rssMiB} MiB (peak ${b.peakRssMiB}); **${b.rssPerDocumentKiB} KiB**` : '')],
    ['(c) propagation to readers p50 / p99 (max)', ({ c }) => (c ? latencies(c) : '')],
    ['(c) CPU: server; generator; other processes', ({ c }) => (c ? `${c.serverCpuPercent}%; ${c.generatorCpuPercent}%; ${c.otherProcessesCpuPercent}%` : '')],
    ['(c) RSS', ({ c }) => (c ? `${c.rssMiB} MiB (peak ${c.peakRssMiB})` : '')],
    ['(d) 100,000 stored updates → whole in the client: first load / next document', ({ d }) => (d ? `**${d.firstMs}** / ${d.firstWarmMs} ms` : '')],
    ['(d) after a restart, storage as the server left it: first load / next document', ({ d }) => (d ? `**${d.reloadMs}** / ${d.reloadWarmMs} ms` : '')],
  ];
  return [
    `| | ${servers.map((server) => server.label).join(' | ')} |`,
    `|---|${servers.map(() => '---').join('|')}|`,
    ...rows.map(([measure, cell]) => `| ${measure} | ${servers.map((server) => cell(figures[server.key])).join(' | ')} |`),
  ];
}

function latencies({ p50Ms, p99Ms, maxMs, delivered, expected }: ServerFigures['b']): string {
  const lost = delivered === expected ? '' : `; only ${delivered} of ${expected} arrived`;
  return `${round(p50Ms, 1)} / **${round(p99Ms, 1)}** (${round(maxMs, 1)}) ms${lost}`;
}
