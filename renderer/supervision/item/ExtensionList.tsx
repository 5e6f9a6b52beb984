import { Button, Tag } from 'antd';
import dayjs from 'dayjs';
import type { ExtensionRequest, SupervisionItem } from '../../../shared/supervision/records';
import { usePeopleLookup } from '../../api/usePeople';

const decisionLabels: Record<ExtensionRequest['status'], { text: string; color: string }> = {
  pending: { text: '待审批', color: 'orange' },
  approved: { text: '已同意', color: 'green' },
  refused: { text: '未同意', color: 'red' },
};

/** 延期申请 history: what was asked, why, and the decision; 审批 where it is mine to do. */
export function ExtensionList({ item, unitName, decidable, onDecide }: { item: SupervisionItem; unitName: (id: string) => string; decidable: string[]; onDecide: (extensionId: string) => void }) {
  const person = usePeopleLookup();
  return (
    <div className="xt-sup-entries" data-testid="sup-extensions">
      {[...item.extensions]
        .sort((a, b) => b.at - a.at)
        .map((e) => {
          const milestone = item.milestones.find((m) => m.id === e.milestoneId);
          return (
            <div key={e.id} className="xt-sup-entry" data-testid="sup-extension" data-extension-id={e.id} data-status={e.status}>
              <div className="xt-sup-entry-head">
                <b>{unitName(e.unitId)}</b>
                <span className="xt-muted">
                  {person(e.byId)?.name ?? '…'} · {dayjs(e.at).format('YYYY-MM-DD HH:mm')}
                </span>
                <span>
                  {milestone ? `节点"${milestone.title}"` : '办理期限'}申请延至 <b>{e.newDeadline}</b>
                </span>
                <Tag color={decisionLabels[e.status].color}>{decisionLabels[e.status].text}</Tag>
                {decidable.includes(e.id) && (
                  <Button size="small" type="primary" ghost onClick={() => onDecide(e.id)} data-testid="sup-extension-decide">
                    审批
                  </Button>
                )}
              </div>
              <div className="xt-sup-text">{e.reason}</div>
              {e.status !== 'pending' && (
                <div className="xt-doc-opinion">
                  {person(e.decidedBy)?.name ?? '…'}
                  {e.decidedAt !== null && ` ${dayjs(e.decidedAt).format('MM-DD HH:mm')}`}：{e.opinion || decisionLabels[e.status].text}
                </div>
              )}
            </div>
          );
        })}
    </div>
  );
}
