import type { Org, Person } from '../../shared/directory/schemas';
import type { OutgoingDocument, Seal } from '../../shared/documents/records';
import type { OutgoingAction, OutgoingStep } from '../../shared/documents/workflow';
import { newId } from '../../shared/ids';
import type { TestServer } from '../testing/api-harness';

interface Someone {
  person: Person;
  token: string;
}

/**
 * An issuing unit (市政府办公室) and a recipient unit (市大数据局) with the people a 公文 passes
 * through: drafter, 文书 (also 核稿 and 用印), leader, a countersigner in another unit, and the
 * recipient's 文书, leader and 承办人.
 */
export async function documentsFixture(server: TestServer) {
  const admin = server.admin.token;
  const org = (name: string, parentId: string, kind: 'unit' | 'dept') =>
    server.command<Org>(admin, 'org.create', { id: newId(), parentId, name, kind, sort: 1 });
  const office = await org('市政府办公室', server.rootOrg.id, 'unit');
  const secretariat = await org('秘书一科', office.id, 'dept');
  const dataBureau = await org('市大数据局', server.rootOrg.id, 'unit');
  const dataOffice = await org('办公室', dataBureau.id, 'dept');
  const person = (username: string, name: string, orgId: string, roles: Person['roles'] = []): Promise<Someone> =>
    server.person(username, name, { orgId, roles });
  const drafter = await person('guojie', '郭洁', secretariat.id);
  const clerk = await person('liuhongliang', '刘洪亮', secretariat.id, ['clerk']);
  const leader = await person('zhanghongjun', '张红军', office.id, ['leader']);
  const countersigner = await person('zhouyong', '周勇', dataBureau.id, ['leader']);
  const recipientClerk = await person('wangli', '王丽', dataOffice.id, ['clerk']);
  const recipientLeader = await person('sunqiang', '孙强', dataBureau.id, ['leader']);
  const handler = await person('zhaomin', '赵敏', dataOffice.id);
  const outsider = await person('qianjin', '钱进', dataOffice.id);

  const templateId = newId();
  await server.command(admin, 'documentTemplate.save', {
    id: templateId,
    unitId: office.id,
    name: '办公室发文',
    issuerMark: '滨州市人民政府办公室文件',
    agencyCode: '滨政办发',
    issuerName: '滨州市人民政府办公室',
    printingOrg: '滨州市人民政府办公室',
    defaultType: '通知',
    defaultUrgency: '普通',
    letterFormat: false,
  });
  const seal = await server.command<Seal>(admin, 'seal.create', { id: newId(), unitId: office.id, name: '滨州市人民政府办公室公章', holderIds: [clerk.person.id] });

  const act = (who: Someone, document: OutgoingDocument, action: OutgoingAction): Promise<OutgoingDocument> =>
    server.command(who.token, 'document.act', { documentId: document.id, expectedStep: document.workflow.step, action });

  const draft = (title = '关于做好2026年冬季安全生产工作的通知'): Promise<OutgoingDocument> =>
    server.command(drafter.token, 'document.create', {
      id: newId(),
      unitId: office.id,
      templateId,
      fields: { type: '通知', direction: '下行文', title, mainRecipients: ['各县区人民政府'], urgency: '加急' },
    });

  /** Takes a fresh draft straight to the given step, by the shortest path. */
  const draftAt = async (step: OutgoingStep): Promise<OutgoingDocument> => {
    const path: [OutgoingStep, Someone, OutgoingAction][] = [
      ['draft', drafter, { kind: 'submit', reviewerId: clerk.person.id, opinion: '' }],
      ['review', clerk, { kind: 'approve', signerId: leader.person.id, countersignerIds: [], opinion: '' }],
      ['sign', leader, { kind: 'sign', opinion: '同意' }],
      ['recheck', clerk, { kind: 'recheck', opinion: '' }],
      ['number', clerk, { kind: 'assignNumber' }],
      ['seal', clerk, { kind: 'seal', sealId: seal.id }],
    ];
    let document = await draft();
    for (const [at, who, action] of path) {
      if (document.workflow.step === step) break;
      expectStep(document, at);
      document = await act(who, document, action);
    }
    return document;
  };

  return { office, dataBureau, drafter, clerk, leader, countersigner, recipientClerk, recipientLeader, handler, outsider, templateId, seal, act, draft, draftAt };
}

function expectStep(document: OutgoingDocument, step: OutgoingStep): void {
  if (document.workflow.step !== step) throw new Error(`expected ${step}, document is at ${document.workflow.step}`);
}

export type DocumentsFixture = Awaited<ReturnType<typeof documentsFixture>>;
export type { Someone };
