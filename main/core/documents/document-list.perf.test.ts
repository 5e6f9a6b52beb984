import { describe, expect, it } from 'vitest';
import { DocumentListQuery, documentBoxes } from '../../../shared/documents/api-types';
import { applyChange, type ApplyEffects } from '../sync/appliers';
import { tempDb } from '../test-support/fixtures';
import { documentCounts } from './document-counts';
import { listDocuments } from './document-list';
import { corpus, me, NOW, units } from './test-documents';

const DOCUMENTS = 20_000;
const TARGET_P95_MS = 50;

/** Body text of a realistic length (about 1,500 characters), different per document. */
const longBody = (seed: string, i: number) =>
  `${seed}${'根据上级部门统一部署，结合我市实际，现就有关事项通知如下：一、提高思想认识，切实加强组织领导。二、明确工作任务，压实各方责任。三、强化督促检查，确保落实到位。'.repeat(18)}（第${i}号）`;

describe('document lists at scale', () => {
  it(`answers every box, filter and search in p95 < ${TARGET_P95_MS} ms over ${DOCUMENTS.toLocaleString()} documents`, () => {
    const db = tempDb();
    const { outgoing, incoming } = corpus(DOCUMENTS);
    const fx: ApplyEffects = { areas: new Set(), newMessages: [] };
    db.transaction(() => {
      outgoing.forEach((doc, i) => applyChange(db, { entity: 'document', op: 'put', data: { ...doc, bodyText: longBody(doc.bodyText, i) } }, fx));
      incoming.forEach((doc, i) => applyChange(db, { entity: 'incoming', op: 'put', data: { ...doc, bodyText: longBody(doc.bodyText, i) } }, fx));
    })();

    const queries: DocumentListQuery[] = [
      ...documentBoxes.map((box) => ({ box })),
      ...documentBoxes.map((box) => ({ box, offset: 100 })),
      { box: 'outgoing', type: '请示' },
      { box: 'incoming', step: 'handle', urgency: '特急' },
      { box: 'todo', unitId: units[1] },
      { box: 'outgoing', from: NOW - 86_400_000, to: NOW - 3_600_000 },
      { box: 'outgoing', q: '值班值守' },
      { box: 'incoming', q: '鲁政发〔2026〕1234号' },
      { box: 'todo', q: '安全生产' },
      { box: 'inProgress', q: '防汛' },
      { box: 'outgoing', q: '舆情' },
      { box: 'incoming', q: '督' },
      { box: 'done', q: '第12345项' },
    ];
    const timings: number[] = [];
    for (let round = 0; round < 10; round++) {
      for (const query of queries) {
        const started = performance.now();
        listDocuments(db, me, DocumentListQuery.parse(query), NOW);
        timings.push(performance.now() - started);
      }
      const started = performance.now();
      documentCounts(db, me, NOW);
      timings.push(performance.now() - started);
    }
    timings.sort((a, b) => a - b);
    const p95 = timings[Math.floor(timings.length * 0.95)]!;
    console.log(`document list over ${DOCUMENTS} documents: p50 ${timings[Math.floor(timings.length / 2)]!.toFixed(1)} ms, p95 ${p95.toFixed(1)} ms, max ${timings.at(-1)!.toFixed(1)} ms`);
    expect(p95).toBeLessThan(TARGET_P95_MS);
  }, 180_000);
});
