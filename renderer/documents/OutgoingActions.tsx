import { Button, Descriptions, Form, Radio, Select, Space } from 'antd';
import { useState } from 'react';
import { isoDateInChina, formatChineseDate } from '../../shared/documents/dates';
import type { OutgoingDocument, Seal } from '../../shared/documents/records';
import { outgoingActionLabels, type OutgoingActionKind } from '../../shared/documents/workflow';
import { useApi } from '../api/context';
import { useMe } from '../app/session';
import { useAction } from '../common/useAction';
import { useStatus } from '../app/useStatus';
import { actionDoneText } from './labels';
import { useDirectoryTree } from '../directory/useDirectoryTree';
import { FormDialog, OpinionItem } from './FormDialog';
import { toOutgoingAction, unitsNamed, type OutgoingActionValues } from './outgoingActionInput';
import { unitsOf } from './orgUnits';
import { PeoplePickField } from './PeoplePickField';
import { UnitsPicker } from './UnitsPicker';

const forward: readonly OutgoingActionKind[] = ['submit', 'approve', 'countersign', 'sign', 'recheck', 'assignNumber', 'seal', 'distribute', 'archive'];

function ActionFields({ kind, doc, seals }: { kind: OutgoingActionKind; doc: OutgoingDocument; seals: Seal[] }) {
  const me = useMe();
  const tree = useDirectoryTree();
  const one = (message: string) => [{ validator: (_: unknown, v?: string[]) => (v && v.length > 0 ? Promise.resolve() : Promise.reject(new Error(message))) }];
  switch (kind) {
    case 'submit':
      return (
        <>
          <Form.Item name="reviewerId" label="核稿人" rules={one('请选择核稿人')}>
            <PeoplePickField title="选择核稿人" excludeIds={[me.id]} testId="doc-pick-reviewer" />
          </Form.Item>
          <OpinionItem label="附言" />
        </>
      );
    case 'approve':
      return (
        <>
          <Form.Item name="countersignerIds" label="会签人（可多选；不需会签则不选）">
            <PeoplePickField multiple title="选择会签人" testId="doc-pick-countersigners" />
          </Form.Item>
          <Form.Item name="signerId" label="签发人" rules={one('请选择签发人')} extra="重要公文和上行文由主要负责人签发">
            <PeoplePickField title="选择签发人" testId="doc-pick-signer" />
          </Form.Item>
          <OpinionItem label="核稿意见" />
        </>
      );
    case 'countersign':
      return (
        <>
          <Form.Item name="agree" label="会签结果">
            <Radio.Group>
              <Radio value={true} data-testid="doc-countersign-agree">同意</Radio>
              <Radio value={false} data-testid="doc-countersign-disagree">不同意（退回拟稿人）</Radio>
            </Radio.Group>
          </Form.Item>
          <OpinionItem label="会签意见" />
        </>
      );
    case 'sign':
      return (
        <>
          <Descriptions size="small" column={2} className="xt-sign-who">
            <Descriptions.Item label="签发人">{me.name}</Descriptions.Item>
            <Descriptions.Item label="日期">{formatChineseDate(isoDateInChina(Date.now()))}</Descriptions.Item>
          </Descriptions>
          <OpinionItem label="签发意见" placeholder="如：同意印发。（不填视为圈阅同意）" />
        </>
      );
    case 'return':
      return (
        <>
          {doc.workflow.step === 'recheck' && (
            <Form.Item name="to" label="退回给">
              <Radio.Group>
                <Radio value="draft" data-testid="doc-return-to-draft">拟稿人</Radio>
                <Radio value="sign" data-testid="doc-return-to-sign">签发人</Radio>
              </Radio.Group>
            </Form.Item>
          )}
          <OpinionItem label="退回意见" required />
        </>
      );
    case 'recheck':
      return <OpinionItem label="复核意见" />;
    case 'assignNumber':
      return <p>将从本单位发文字号登记簿取下一个号，号码一经取用即登记在册；取错的字号只能作废，不会重复使用。</p>;
    case 'voidNumber':
      return (
        <>
          <p>
            作废字号 <b>{doc.docNumber}</b>：该号在登记簿中记为作废、不再使用，公文回到编号环节重新取号。
          </p>
          <OpinionItem label="作废原因" required />
        </>
      );
    case 'seal':
      return (
        <Form.Item name="sealId" label="印章" rules={[{ required: true, message: '请选择印章' }]} extra={seals.length === 0 ? '您没有本单位印章的用印权限' : '用印将对定稿的字段和正文签名，任何改动都会使印章显示为已被篡改'}>
          <Select
            options={seals.map((s) => ({ value: s.id, label: s.name }))}
            optionRender={(o) => {
              const seal = seals.find((s) => s.id === o.value);
              return (
                <Space>
                  {seal && <img src={seal.image} alt="" width={28} height={28} />}
                  {o.label}
                </Space>
              );
            }}
            data-testid="doc-seal-select"
          />
        </Form.Item>
      );
    case 'distribute':
      return (
        <Form.Item name="recipientUnitIds" label="分发单位" rules={[{ required: true, type: 'array', min: 1, message: '请选择分发单位' }]} extra="已预选主送、抄送机关中的单位">
          <UnitsPicker roots={tree.roots} testId="doc-distribute-units" />
        </Form.Item>
      );
    case 'archive':
      return <OpinionItem label="归档备注" />;
  }
}

function initialValues(kind: OutgoingActionKind, doc: OutgoingDocument, seals: Seal[], units: ReturnType<typeof unitsOf>): OutgoingActionValues {
  switch (kind) {
    case 'countersign':
      return { agree: true };
    case 'return':
      return { to: 'draft' };
    case 'seal':
      return { sealId: seals[0]?.id };
    case 'distribute':
      return { recipientUnitIds: unitsNamed(units, [...doc.fields.mainRecipients, ...doc.fields.ccRecipients]) };
    default:
      return {};
  }
}

/**
 * The buttons the 发文 machine gives me now, each with its dialog. Every action carries the step
 * I saw, so one queued offline is refused with the reason if the document has moved on.
 */
export function OutgoingActions({ doc, kinds, seals, onBeforeAct }: { doc: OutgoingDocument; kinds: OutgoingActionKind[]; seals: Seal[]; onBeforeAct: () => Promise<void> }) {
  const api = useApi();
  const run = useAction();
  const { online } = useStatus();
  const tree = useDirectoryTree();
  const [open, setOpen] = useState<OutgoingActionKind | null>(null);
  const step = doc.workflow.step;

  const act = async (kind: OutgoingActionKind, values: OutgoingActionValues) => {
    // Unsaved field edits go first, so what is reviewed or signed is what is on screen.
    await onBeforeAct();
    return run(actionDoneText(outgoingActionLabels[kind], online), () => api.documents.act({ documentId: doc.id, expectedStep: step, action: toOutgoingAction(kind, values) }));
  };

  if (kinds.length === 0) return null;
  return (
    <Space wrap data-testid="doc-actions">
      {kinds.map((kind) => (
        <Button key={kind} type={forward.includes(kind) ? 'primary' : 'default'} danger={kind === 'return' || kind === 'voidNumber'} onClick={() => setOpen(kind)} data-testid={`doc-action-${kind}`}>
          {outgoingActionLabels[kind]}
        </Button>
      ))}
      {open && (
        <FormDialog<OutgoingActionValues>
          open
          title={outgoingActionLabels[open]}
          okText={outgoingActionLabels[open]}
          danger={open === 'return' || open === 'voidNumber'}
          testId="doc-action"
          initialValues={initialValues(open, doc, seals, unitsOf(tree.orgs.values()))}
          onSubmit={(values) => act(open, values)}
          onClose={() => setOpen(null)}
        >
          <ActionFields kind={open} doc={doc} seals={seals} />
        </FormDialog>
      )}
    </Space>
  );
}
