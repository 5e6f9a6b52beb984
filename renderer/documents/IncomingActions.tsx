import { Button, Form, Space } from 'antd';
import { useState } from 'react';
import { incomingActionLabels, type IncomingActionKind } from '../../shared/documents/incoming';
import type { IncomingDocument } from '../../shared/documents/records';
import { useApi } from '../api/context';
import { useAction } from '../common/useAction';
import { useStatus } from '../app/useStatus';
import { actionDoneText } from './labels';
import { FormDialog, OpinionItem } from './FormDialog';
import { toIncomingAction, type IncomingActionValues } from './incomingActionInput';
import { PeoplePickField } from './PeoplePickField';

const atLeastOne = (message: string) => [{ validator: (_: unknown, v?: string[]) => (v && v.length > 0 ? Promise.resolve() : Promise.reject(new Error(message))) }];

function ActionFields({ kind, doc }: { kind: IncomingActionKind; doc: IncomingDocument }) {
  switch (kind) {
    case 'receive':
      return <p>确认收到此件，签收后进入登记。</p>;
    case 'reject':
      return <OpinionItem label="退回理由" required placeholder="如：非本单位主办事项；文种或格式不符合要求" />;
    case 'register':
      return <p>登记后从本单位收文登记簿取得收文编号。</p>;
    case 'propose':
      return (
        <>
          <Form.Item name="leaderId" label="呈送领导" rules={atLeastOne('请选择领导')}>
            <PeoplePickField title="选择批办领导" testId="incoming-pick-leader" />
          </Form.Item>
          <OpinionItem label="拟办意见" required placeholder="如：拟请办公室牵头办理，××处配合" />
        </>
      );
    case 'instruct':
      return (
        <>
          <Form.Item name="handlerIds" label="承办人" rules={atLeastOne('请指定承办人')} extra="承办期限按紧急程度自动计算">
            <PeoplePickField multiple title="选择承办人" testId="incoming-pick-handlers" />
          </Form.Item>
          <OpinionItem label="批办意见" required />
        </>
      );
    case 'complete':
      return <OpinionItem label="办理结果" required />;
    case 'archive':
      return <p>办结的收文归档后不再流转。</p>;
    case 'circulate':
      return (
        <Form.Item name="readerIds" label="传阅人" rules={atLeastOne('请选择传阅人')}>
          <PeoplePickField multiple title="选择传阅人" excludeIds={doc.workflow.circulation.map((c) => c.personId)} testId="incoming-pick-readers" />
        </Form.Item>
      );
    case 'markRead':
      return <p>标记为已阅，传阅名单中将记录阅读时间。</p>;
  }
}

/** The buttons the 收文 machine gives me now, each with its dialog; each carries the step I saw. */
export function IncomingActions({ doc, kinds }: { doc: IncomingDocument; kinds: IncomingActionKind[] }) {
  const api = useApi();
  const run = useAction();
  const { online } = useStatus();
  const [open, setOpen] = useState<IncomingActionKind | null>(null);
  if (kinds.length === 0) return null;
  const act = (kind: IncomingActionKind, values: IncomingActionValues) =>
    run(actionDoneText(incomingActionLabels[kind], online), () => api.documents.actIncoming({ incomingId: doc.id, expectedStep: doc.workflow.step, action: toIncomingAction(kind, values) }));
  return (
    <Space wrap data-testid="incoming-actions">
      {kinds.map((kind) => (
        <Button key={kind} type={kind === 'reject' ? 'default' : 'primary'} danger={kind === 'reject'} onClick={() => setOpen(kind)} data-testid={`incoming-action-${kind}`}>
          {incomingActionLabels[kind]}
        </Button>
      ))}
      {open && (
        <FormDialog<IncomingActionValues>
          open
          title={incomingActionLabels[open]}
          okText={incomingActionLabels[open]}
          danger={open === 'reject'}
          testId="incoming-action"
          onSubmit={(values) => act(open, values)}
          onClose={() => setOpen(null)}
        >
          <ActionFields kind={open} doc={doc} />
        </FormDialog>
      )}
    </Space>
  );
}
