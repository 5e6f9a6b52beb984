import { describe, expect, it } from 'vitest';
import { DocumentListQuery, documentBoxes, type DocumentBox, type DocumentListItem } from '../../../shared/documents/api-types';
import type { IncomingDocument, OutgoingDocument } from '../../../shared/documents/records';
import type { LocalDb } from '../store/open-local-db';
import { applyChange, type ApplyEffects } from '../sync/appliers';
import { tempDb } from '../test-support/fixtures';
import { documentCounts } from './document-counts';
import { listDocuments } from './document-list';
import { allSeals } from './seal-rows';
import { allTemplates } from './template-rows';
import { corpus, incomingDoc, me, NOW, outgoingDoc, testId, units } from './test-documents';

type Doc = { kind: 'outgoing'; doc: OutgoingDocument } | { kind: 'incoming'; doc: IncomingDocument };

const effects = (): ApplyEffects => ({ areas: new Set(), newMessages: [] });

function put(db: LocalDb, item: Doc, fx = effects()): ApplyEffects {
  if (item.kind === 'outgoing') applyChange(db, { entity: 'document', op: 'put', data: item.doc }, fx);
  else applyChange(db, { entity: 'incoming', op: 'put', data: item.doc }, fx);
  return fx;
}

/** The box rules written out plainly over the records, to hold the SQL to. */
const oracle = {
  todo: ({ kind, doc }: Doc) =>
    kind === 'outgoing'
      ? doc.workflow.assignees.includes(me) || (doc.workflow.step === 'countersign' && doc.workflow.countersigns.some((c) => c.personId === me && c.agreed === null))
      : doc.workflow.assignees.includes(me) || doc.workflow.circulation.some((c) => c.personId === me && c.readAt === null),
  closed: ({ kind, doc }: Doc) => (kind === 'outgoing' ? doc.workflow.step === 'archived' : doc.workflow.step === 'archived' || doc.workflow.step === 'returned'),
  overdue: ({ kind, doc }: Doc) => kind === 'incoming' && doc.dueAt !== null && doc.dueAt < NOW && doc.completedAt === null && !oracle.closed({ kind, doc }),
  in(box: DocumentBox, item: Doc): boolean {
    const participant = item.doc.participants.includes(me);
    switch (box) {
      case 'todo':
        return oracle.todo(item);
      case 'inProgress':
        return participant && !oracle.closed(item) && !oracle.todo(item);
      case 'done':
        return participant && oracle.closed(item) && !oracle.todo(item);
      case 'incoming':
        return item.kind === 'incoming';
      case 'outgoing':
        return item.kind === 'outgoing';
    }
  },
  list(box: DocumentBox, docs: Doc[], keep: (item: Doc) => boolean = () => true): string[] {
    return docs
      .filter((item) => oracle.in(box, item) && keep(item))
      .sort((a, b) => (box === 'todo' ? Number(oracle.overdue(b)) - Number(oracle.overdue(a)) : 0) || b.doc.updatedAt - a.doc.updatedAt)
      .map((item) => item.doc.id);
  },
};

function seeded(count = 300) {
  const db = tempDb();
  const { outgoing, incoming } = corpus(count);
  const docs: Doc[] = [...outgoing.map((doc) => ({ kind: 'outgoing' as const, doc })), ...incoming.map((doc) => ({ kind: 'incoming' as const, doc }))];
  db.transaction(() => docs.forEach((item) => put(db, item)))();
  return { db, docs };
}

/** Every page of a listing, so the whole order is compared. */
function listAll(db: LocalDb, query: DocumentListQuery): { items: DocumentListItem[]; total: number } {
  const items: DocumentListItem[] = [];
  for (let offset = 0; ; offset += 40) {
    const page = listDocuments(db, me, DocumentListQuery.parse({ ...query, limit: 40, offset }), NOW);
    items.push(...page.items);
    if (page.items.length < 40) return { items, total: page.total };
  }
}

const ids = (items: DocumentListItem[]) => items.map((item) => item.id);

describe('document lists', () => {
  const { db, docs } = seeded();

  it('puts exactly the right documents in each box, in order, with 待办 overdue first', () => {
    for (const box of documentBoxes) {
      const expected = oracle.list(box, docs);
      const { items, total } = listAll(db, { box });
      expect(ids(items), box).toEqual(expected);
      expect(total, box).toBe(expected.length);
      expect(expected.length, `${box} is not trivially empty`).toBeGreaterThan(5);
    }
    const todo = listAll(db, { box: 'todo' }).items;
    const overdue = todo.filter((item) => item.overdue);
    expect(overdue.length).toBeGreaterThan(0);
    expect(todo.slice(0, overdue.length).every((item) => item.overdue)).toBe(true);
  });

  it('counts each box and my overdue 待办 for the navigation', () => {
    const expected = Object.fromEntries(documentBoxes.map((box) => [box, oracle.list(box, docs).length]));
    const overdue = docs.filter((item) => oracle.todo(item) && oracle.overdue(item)).length;
    expect(documentCounts(db, me, NOW)).toEqual({ ...expected, overdue });
  });

  it('fills list items from the record: labels, numbers, assignees, deadline', () => {
    const outgoing = docs.find((item) => item.kind === 'outgoing' && item.doc.workflow.step === 'seal')!.doc as OutgoingDocument;
    const incoming = docs.find((item) => item.kind === 'incoming' && oracle.overdue(item))!.doc as IncomingDocument;
    const byId = new Map(listAll(db, { box: 'outgoing' }).items.concat(listAll(db, { box: 'incoming' }).items).map((item) => [item.id, item]));
    expect(byId.get(outgoing.id)).toEqual({
      kind: 'outgoing', id: outgoing.id, title: outgoing.fields.title, type: outgoing.fields.type, urgency: outgoing.fields.urgency,
      docNumber: outgoing.docNumber, registerNumber: null, step: 'seal', stepLabel: '用印', unitId: outgoing.unitId,
      assigneeIds: outgoing.workflow.assignees, updatedAt: outgoing.updatedAt, dueAt: null, overdue: false, snippet: null, pending: null,
    });
    expect(byId.get(incoming.id)).toMatchObject({ kind: 'incoming', stepLabel: '承办中', registerNumber: incoming.registerNumber, dueAt: incoming.dueAt, overdue: true });
  });

  it('filters by type, step, urgency, unit and time, alone and together', () => {
    const [from, to] = [docs[40]!.doc.updatedAt, docs[120]!.doc.updatedAt].sort((a, b) => a - b) as [number, number];
    const cases: [DocumentListQuery, (item: Doc) => boolean][] = [
      [{ box: 'outgoing', type: '请示' }, (item) => item.doc.fields.type === '请示'],
      [{ box: 'incoming', step: 'handle' }, (item) => item.doc.workflow.step === 'handle'],
      [{ box: 'todo', urgency: '特急' }, (item) => item.doc.fields.urgency === '特急'],
      [{ box: 'inProgress', unitId: units[2] }, (item) => item.doc.unitId === units[2]],
      [{ box: 'outgoing', from, to }, (item) => item.doc.updatedAt >= from && item.doc.updatedAt <= to],
      [{ box: 'incoming', urgency: '加急', unitId: units[1] }, (item) => item.doc.fields.urgency === '加急' && item.doc.unitId === units[1]],
    ];
    for (const [query, keep] of cases) {
      const expected = oracle.list(query.box, docs, keep);
      expect(expected.length, JSON.stringify(query)).toBeGreaterThan(0);
      expect(ids(listAll(db, query).items), JSON.stringify(query)).toEqual(expected);
    }
  });

  it('searches title, 字号, 收文编号 and body text by 3+, 2 and 1 characters, with a snippet around body hits', () => {
    const containing = (text: string) => (item: Doc) =>
      [item.doc.fields.title, item.doc.docNumber ?? '', item.kind === 'incoming' ? (item.doc.registerNumber ?? '') : '', item.doc.bodyText].some((t) => t.includes(text));
    for (const q of ['值班值守', '安全生产', '第12项', '〔2026〕37号', '收〔2026〕3', '防汛', '舆情', '请示', '守', '汛', '知', 'w17']) {
      const keep = q === 'w17' ? containing('W17') : containing(q);
      const expected = oracle.list('outgoing', docs, keep).concat(oracle.list('incoming', docs, keep));
      expect(expected.length, q).toBeGreaterThan(0);
      const found = ids(listAll(db, { box: 'outgoing', q }).items).concat(ids(listAll(db, { box: 'incoming', q }).items));
      expect(found, q).toEqual(expected);
    }
    const hit = listAll(db, { box: 'outgoing', q: '值班值守' }).items.find((item) => item.id === testId('outgoing', 0));
    expect(hit!.snippet).toBe('请各单位认真做好值班值守工作。编号 W0 的事项按期办理。');
    expect(listAll(db, { box: 'outgoing', q: '第12项' }).items[0]!.snippet).toBeNull();
    expect(listAll(db, { box: 'outgoing', q: '没有这样的内容' }).total).toBe(0);
    expect(listAll(db, { box: 'outgoing', q: '"值 OR' }).total).toBe(0);
  });

  it('cuts a snippet to the text around the hit in a long body', () => {
    const local = tempDb();
    const body = `${'前文'.repeat(50)}关键的督办事项${'后文'.repeat(50)}`;
    put(local, { kind: 'outgoing', doc: outgoingDoc({ id: testId('outgoing', 9000), bodyText: body }) });
    const [item] = listDocuments(local, me, DocumentListQuery.parse({ box: 'outgoing', q: '督办' }), NOW).items;
    expect(item!.snippet).toBe(`…文${'前文'.repeat(6)}关键的督办事项${'后文'.repeat(19)}…`);
  });
});

describe('document appliers', () => {
  it('moves a document between boxes as its workflow changes, re-indexes its text, and forgets it when deleted', () => {
    const db = tempDb();
    const id = testId('outgoing', 1);
    const draft = outgoingDoc({ id, bodyText: '初稿：做好值班值守' });
    const fx = put(db, { kind: 'outgoing', doc: draft });
    expect([...fx.areas]).toEqual(['documents']);
    const box = (b: DocumentBox) => ids(listDocuments(db, me, DocumentListQuery.parse({ box: b }), NOW).items);
    const search = (q: string) => ids(listDocuments(db, me, DocumentListQuery.parse({ box: 'outgoing', q }), NOW).items);
    expect(box('todo')).toEqual([id]);
    expect(search('值班值守')).toEqual([id]);

    const submitted = outgoingDoc({
      id, bodyText: '修改稿：加强信息报送', updatedAt: NOW,
      workflow: { ...draft.workflow, step: 'review', assignees: [testId('person', 2)] },
      participants: [me, testId('person', 2)],
    });
    put(db, { kind: 'outgoing', doc: submitted });
    expect(box('todo')).toEqual([]);
    expect(box('inProgress')).toEqual([id]);
    expect(search('值班值守')).toEqual([]);
    expect(search('信息报送')).toEqual([id]);
    expect(search('报')).toEqual([id]);

    put(db, { kind: 'outgoing', doc: { ...submitted, workflow: { ...submitted.workflow, step: 'archived', assignees: [] } } });
    expect(box('inProgress')).toEqual([]);
    expect(box('done')).toEqual([id]);

    applyChange(db, { entity: 'document', op: 'del', id }, effects());
    expect(box('outgoing')).toEqual([]);
    expect(search('信息报送')).toEqual([]);
    expect(search('报')).toEqual([]);
  });

  it('keeps an unread 传阅 in 待办 after the 收文 is filed, and a sent-back one in 已办', () => {
    const db = tempDb();
    const read = incomingDoc({ id: testId('incoming', 1), participants: [me], workflow: { step: 'archived', assignees: [], leaderId: null, handlerIds: [], circulation: [{ personId: me, readAt: null }] } });
    const returned = incomingDoc({ id: testId('incoming', 2), participants: [me], workflow: { step: 'returned', assignees: [], leaderId: null, handlerIds: [], circulation: [] } });
    put(db, { kind: 'incoming', doc: read });
    put(db, { kind: 'incoming', doc: returned });
    const box = (b: DocumentBox) => ids(listDocuments(db, me, DocumentListQuery.parse({ box: b }), NOW).items);
    expect(box('todo')).toEqual([read.id]);
    expect(box('done')).toEqual([returned.id]);
  });

  it('stores templates and seals, and drops them when the server deletes them', () => {
    const db = tempDb();
    const template = {
      id: testId('unit', 50), unitId: units[0]!, name: '市政府文件', issuerMark: '滨州市人民政府文件', agencyCode: '滨政发',
      issuerName: '滨州市人民政府', printingOrg: '滨州市人民政府办公室', defaultType: '通知' as const, defaultUrgency: '普通' as const, letterFormat: false,
    };
    const seal = {
      id: testId('unit', 60), unitId: units[0]!, name: '滨州市人民政府', image: 'data:image/svg+xml;base64,PHN2Zy8+', algorithm: 'ECDSA-P256-SHA256' as const,
      publicKey: 'MFkw', holderIds: [me], disabled: false, createdAt: NOW,
    };
    const fx = effects();
    applyChange(db, { entity: 'documentTemplate', op: 'put', data: template }, fx);
    applyChange(db, { entity: 'seal', op: 'put', data: seal }, fx);
    expect([...fx.areas]).toEqual(['documents']);
    expect(allTemplates(db)).toEqual([template]);
    expect(allSeals(db)).toEqual([seal]);
    applyChange(db, { entity: 'documentTemplate', op: 'del', id: template.id }, fx);
    applyChange(db, { entity: 'seal', op: 'del', id: seal.id }, fx);
    expect(allTemplates(db)).toEqual([]);
    expect(allSeals(db)).toEqual([]);
  });
});
