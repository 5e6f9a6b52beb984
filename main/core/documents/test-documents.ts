/** Deterministic 公文 for the tests of this folder; nothing outside *.test.ts imports this. */
import { DocumentFields } from '../../../shared/documents/fields';
import { incomingSteps, type IncomingStep } from '../../../shared/documents/incoming';
import { documentTypes, urgencyLevels } from '../../../shared/documents/kinds';
import type { IncomingDocument, OutgoingDocument } from '../../../shared/documents/records';
import { outgoingSteps, type OutgoingStep } from '../../../shared/documents/workflow';

/** A stable, valid UUID per number and kind of thing, readable in failure output. */
export function testId(kind: 'person' | 'unit' | 'outgoing' | 'incoming', n: number): string {
  const prefix = { person: '00000001', unit: '00000002', outgoing: '00000003', incoming: '00000004' }[kind];
  return `${prefix}-0000-4000-8000-${n.toString().padStart(12, '0')}`;
}

export const me = testId('person', 1);
export const colleagues = [2, 3, 4].map((n) => testId('person', n));
export const units = [1, 2, 3].map((n) => testId('unit', n));

/** 2026-06-01 00:00 in China: "now" for overdue checks, with corpus times around it. */
export const NOW = Date.UTC(2026, 4, 31, 16);

export function outgoingDoc(overrides: Partial<OutgoingDocument> & { id: string }): OutgoingDocument {
  return {
    unitId: units[0]!, templateId: null, createdAt: NOW - 86_400_000, updatedAt: NOW - 86_400_000,
    fields: DocumentFields.parse({ type: '通知', direction: '下行文', title: '关于做好防汛工作的通知' }),
    docNumber: null, workflow: { step: 'draft', drafterId: me, assignees: [me], countersigns: [], signerId: null, hasNumber: false },
    participants: [me], sheet: [], versions: [], bodyText: '', signedBody: null, stamp: null, recipientUnitIds: [],
    ...overrides,
  };
}

export function incomingDoc(overrides: Partial<IncomingDocument> & { id: string }): IncomingDocument {
  return {
    unitId: units[1]!, outgoingId: null, fromUnitId: null, fromName: '滨州市人民政府', createdAt: NOW - 86_400_000, updatedAt: NOW - 86_400_000,
    fields: DocumentFields.parse({ type: '通知', direction: '下行文', title: '关于开展安全生产检查的通知' }),
    docNumber: null, body: { type: 'doc' }, bodyText: '', stamp: null,
    workflow: { step: 'receive', assignees: [me], leaderId: null, handlerIds: [], circulation: [] },
    registerNumber: null, proposal: '', instruction: '', dueAt: null, completedAt: null, overdueNotifiedAt: null,
    participants: [], sheet: [], ...overrides,
  };
}

const bodyPhrases = ['请各单位认真做好值班值守工作', '切实加强安全生产监督检查', '确保防汛物资按时到位', '做好信息报送和舆情应对'];

/**
 * A mixed corpus: every second document an incoming one, each step, type and urgency in turn, me
 * involved in a regular pattern, some 收文 past their 承办 deadline and some read or unread in 传阅.
 */
export function corpus(count: number): { outgoing: OutgoingDocument[]; incoming: IncomingDocument[] } {
  const outgoing: OutgoingDocument[] = [];
  const incoming: IncomingDocument[] = [];
  for (let i = 0; i < count; i++) {
    const other = colleagues[i % colleagues.length]!;
    const common = {
      unitId: units[i % units.length]!,
      updatedAt: NOW - (count - i) * 60_000,
      fields: DocumentFields.parse({
        type: documentTypes[i % documentTypes.length],
        direction: '下行文',
        urgency: urgencyLevels[i % urgencyLevels.length],
        title: `关于第${i}项工作的${documentTypes[i % documentTypes.length]}`,
      }),
      bodyText: `${bodyPhrases[i % bodyPhrases.length]}。编号 W${i} 的事项按期办理。`,
    };
    if (i % 2 === 0) {
      const step: OutgoingStep = outgoingSteps[(i / 2) % outgoingSteps.length]!;
      const mine = i % 3 === 0;
      const countersigns = step === 'countersign' ? [{ personId: me, agreed: i % 4 === 0 ? true : null }, { personId: other, agreed: null }] : [];
      const assignees = step === 'archived' ? [] : step === 'countersign' ? countersigns.filter((c) => c.agreed === null).map((c) => c.personId) : [mine ? me : other];
      outgoing.push(
        outgoingDoc({
          id: testId('outgoing', i),
          ...common,
          docNumber: outgoingSteps.indexOf(step) > outgoingSteps.indexOf('number') ? `滨政发〔2026〕${i}号` : null,
          workflow: { step, drafterId: i % 5 === 0 ? me : other, assignees, countersigns, signerId: null, hasNumber: false },
          participants: [...new Set([...(i % 5 === 0 ? [me] : [other]), ...assignees, ...countersigns.filter((c) => c.agreed !== null).map((c) => c.personId)])],
        }),
      );
    } else {
      const step: IncomingStep = incomingSteps[((i - 1) / 2) % incomingSteps.length]!;
      const closed = step === 'archived' || step === 'returned';
      const assignees = closed ? [] : [i % 3 === 1 ? me : other];
      const handled = incomingSteps.indexOf(step) >= incomingSteps.indexOf('handle') && !closed;
      const circulation = i % 7 === 1 ? [{ personId: me, readAt: i % 14 === 1 ? null : NOW - 1000 }] : [];
      incoming.push(
        incomingDoc({
          id: testId('incoming', i),
          ...common,
          docNumber: `鲁政发〔2026〕${i}号`,
          registerNumber: step === 'receive' ? null : `收〔2026〕${i}号`,
          workflow: { step, assignees, leaderId: null, handlerIds: [], circulation },
          dueAt: handled ? NOW + (i % 4 === 1 ? -3_600_000 : 3_600_000) : null,
          completedAt: step === 'archive' || step === 'archived' ? NOW - 7_200_000 : null,
          participants: [...new Set([...(i % 5 === 1 ? [me] : [other]), ...assignees, ...circulation.map((c) => c.personId)])],
        }),
      );
    }
  }
  return { outgoing, incoming };
}
