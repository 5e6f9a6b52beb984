import { Steps, Tag } from 'antd';
import type { OutgoingState } from '../../../shared/documents/workflow';
import { outgoingStepLabels, outgoingSteps } from '../../../shared/documents/workflow';
import { usePeopleLookup } from '../../api/usePeople';

/** The nine stages a 发文 passes; 已归档 means all are behind it. */
const stages = outgoingSteps.filter((s) => s !== 'archived');

/** 流转: where the document is now and who holds it, for everyone involved. */
export function FlowSteps({ workflow }: { workflow: OutgoingState }) {
  const person = usePeopleLookup();
  const current = workflow.step === 'archived' ? stages.length : stages.indexOf(workflow.step);
  const names = (ids: readonly string[]) => ids.map((id) => person(id)?.name ?? '…').join('、');
  const holders = () => {
    if (workflow.step !== 'countersign') return names(workflow.assignees);
    return (
      <span>
        {workflow.countersigns.map((c) => (
          <Tag key={c.personId} color={c.agreed === null ? 'processing' : c.agreed ? 'success' : 'error'} data-testid="doc-flow-countersign" data-agreed={String(c.agreed)}>
            {person(c.personId)?.name ?? '…'} {c.agreed === null ? '待会签' : c.agreed ? '同意' : '不同意'}
          </Tag>
        ))}
      </span>
    );
  };
  return (
    <Steps
      orientation="vertical"
      size="small"
      current={current}
      data-testid="doc-flow"
      data-step={workflow.step}
      items={stages.map((stage, i) => ({
        title: outgoingStepLabels[stage],
        content: i === current ? <span data-testid="doc-flow-current">{holders() || '—'}</span> : stage === 'sign' && workflow.signerId && i > current ? `签发人：${names([workflow.signerId])}` : undefined,
      }))}
    />
  );
}
