import { Descriptions, Tag } from 'antd';
import dayjs from 'dayjs';
import type { SupervisionItem } from '../../../shared/supervision/records';
import { usePeopleLookup } from '../../api/usePeople';

const closureLabels = { pending: { text: '审核中', color: 'purple' }, accepted: { text: '审核通过', color: 'green' }, returned: { text: '退回重办', color: 'red' } } as const;

/** 办结: the lead unit's report and the 督查室's review, then the 评价. */
export function ClosurePanel({ item }: { item: SupervisionItem }) {
  const person = usePeopleLookup();
  const { closure, evaluation } = item;
  if (!closure && !evaluation) return null;
  return (
    <Descriptions size="small" column={1} bordered className="xt-sup-info" data-testid="sup-closure">
      {closure && (
        <Descriptions.Item label="办结报告">
          <div className="xt-sup-entry-head">
            <span className="xt-muted">
              {person(closure.byId)?.name ?? '…'} · {dayjs(closure.at).format('YYYY-MM-DD HH:mm')}
            </span>
            <Tag color={closureLabels[closure.status].color} data-testid="sup-closure-status" data-status={closure.status}>
              {closureLabels[closure.status].text}
            </Tag>
          </div>
          <div className="xt-sup-text">{closure.report}</div>
          {closure.status !== 'pending' && closure.opinion && <div className="xt-doc-opinion">审核意见：{closure.opinion}</div>}
        </Descriptions.Item>
      )}
      {item.closedAt !== null && <Descriptions.Item label="办结时间">{dayjs(item.closedAt).format('YYYY-MM-DD HH:mm')}</Descriptions.Item>}
      {evaluation && (
        <Descriptions.Item label="评价">
          <span data-testid="sup-evaluation" data-grade={evaluation.grade}>
            <Tag color="blue">{evaluation.grade}</Tag>
            {evaluation.comment}
            <span className="xt-muted">
              {' '}
              — {person(evaluation.byId)?.name ?? '…'}，{dayjs(evaluation.at).format('YYYY-MM-DD')}
            </span>
          </span>
        </Descriptions.Item>
      )}
    </Descriptions>
  );
}
