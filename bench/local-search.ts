/**
 * Local store search benchmark: 1,000,000 messages indexed through the core's own appliers,
 * then p50/p95 for 2-character and 3+-character Chinese queries drawn from the corpus.
 */
import { mkdtempSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { newId } from '../shared/ids';
import type { Message } from '../shared/messages/schemas';
import { searchMessageRows } from '../main/core/search/search-messages';
import { openLocalDb } from '../main/core/store/open-local-db';
import { applyChange, type ApplyEffects } from '../main/core/sync/appliers';
import { round, summarize } from './stats';

const phrases = [
  '请各单位于本周五前报送', '值班值守工作安排', '关于做好节假日期间', '督查督办事项进展情况', '市政府常务会议议定事项',
  '应急管理局', '防汛抗旱', '安全生产大检查', '数字政府建设', '一网通办', '营商环境', '市场监管', '疫情防控',
  '收到，马上落实', '好的', '已阅', '请领导批示', '文件已上传，请查收', '明天上午九点开会', '会议室在三楼',
  '按期办结率', '反馈及时率', '信息报送', '突发事件首报', '请于下班前反馈', '大数据局电子政务科', '发展改革委',
  '滨城区', '惠民县', '邹平市', '工作通知', '公文办理', '核稿意见', '签发', '归档',
];

function randomText(rand: () => number): string {
  const count = 1 + Math.floor(rand() * 4);
  let text = '';
  for (let i = 0; i < count; i++) text += phrases[Math.floor(rand() * phrases.length)] + (rand() < 0.5 ? '，' : '');
  return text + `（${Math.floor(rand() * 100000)}）`;
}

function seededRandom(seed: number): () => number {
  let s = seed >>> 0;
  return () => ((s = (Math.imul(s, 1664525) + 1013904223) >>> 0) / 2 ** 32);
}

export async function benchLocalSearch(total = 1_000_000): Promise<Record<string, unknown>> {
  const dir = mkdtempSync(join(tmpdir(), 'xt-bench-search-'));
  const db = openLocalDb(join(dir, 'local.db'));
  const rand = seededRandom(42);
  const effects = (): ApplyEffects => ({ areas: new Set(), newMessages: [] });
  const conversationId = newId();
  applyChange(db, {
    entity: 'conversation', op: 'put',
    data: { id: conversationId, kind: 'group', title: '基准测试群', ownerId: null, memberIds: [], lastSeq: total, createdAt: 0, updatedAt: 0 },
  }, effects());
  const t0 = performance.now();
  const batch = db.transaction((from: number, to: number) => {
    for (let seq = from; seq < to; seq++) {
      const data: Message = {
        id: newId(), conversationId, seq, senderId: null, clientId: newId(), kind: 'text', text: randomText(rand),
        mentions: [], file: null, notice: null, createdAt: seq, recalledAt: null,
      };
      applyChange(db, { entity: 'message', op: 'put', data }, effects());
    }
  });
  for (let from = 1; from <= total; from += 10_000) batch(from, Math.min(total + 1, from + 10_000));
  const indexSeconds = (performance.now() - t0) / 1000;

  const corpus = phrases.join('');
  const queriesOf = (length: number) =>
    Array.from({ length: 300 }, () => {
      const start = Math.floor(rand() * (corpus.length - length));
      return corpus.slice(start, start + length);
    }).filter((q) => !/[，（）]/.test(q));
  const measure = (queries: string[]) => {
    const times: number[] = [];
    for (const q of queries) {
      const t = performance.now();
      searchMessageRows(db, q, 50);
      times.push(performance.now() - t);
    }
    return summarize(times);
  };
  const two = measure(queriesOf(2));
  const three = measure(queriesOf(3));
  const five = measure(queriesOf(5));
  const dbBytes = statSync(join(dir, 'local.db')).size + (statSync(join(dir, 'local.db-wal'), { throwIfNoEntry: false })?.size ?? 0);
  db.close();
  rmSync(dir, { recursive: true, force: true });
  return {
    messages: total,
    indexSeconds: round(indexSeconds, 1),
    databaseMiB: round(dbBytes / 2 ** 20, 0),
    twoCharP50Ms: round(two.p50), twoCharP95Ms: round(two.p95),
    threeCharP50Ms: round(three.p50), threeCharP95Ms: round(three.p95),
    fiveCharP50Ms: round(five.p50), fiveCharP95Ms: round(five.p95),
  };
}
