import { Descriptions } from 'antd';
import dayjs from 'dayjs';
import type { IncomingDocument } from '../../../shared/documents/records';
import { usePeopleLookup } from '../../api/usePeople';
import { DueTag } from '../DocTags';

/** 办理: the 收文编号, the 拟办 and 批办 opinions, who handles it and by when. */
export function HandlingPanel({ doc, overdue }: { doc: IncomingDocument; overdue: boolean }) {
  const person = usePeopleLookup();
  const names = (ids: readonly string[]) => ids.map((id) => person(id)?.name ?? '…').join('、') || '—';
  return (
    <Descriptions size="small" column={1} bordered data-testid="incoming-handling">
      <Descriptions.Item label="来文单位">{doc.fromName}</Descriptions.Item>
      <Descriptions.Item label="来文字号">{doc.docNumber ?? '—'}</Descriptions.Item>
      <Descriptions.Item label="收文编号">
        <span data-testid="incoming-register-number">{doc.registerNumber ?? '未登记'}</span>
      </Descriptions.Item>
      <Descriptions.Item label="收文时间">{dayjs(doc.createdAt).format('YYYY-MM-DD HH:mm')}</Descriptions.Item>
      <Descriptions.Item label="拟办意见">
        <span data-testid="incoming-proposal">{doc.proposal || '—'}</span>
      </Descriptions.Item>
      <Descriptions.Item label="批办领导">{doc.workflow.leaderId ? names([doc.workflow.leaderId]) : '—'}</Descriptions.Item>
      <Descriptions.Item label="批办意见">
        <span data-testid="incoming-instruction">{doc.instruction || '—'}</span>
      </Descriptions.Item>
      <Descriptions.Item label="承办人">{names(doc.workflow.handlerIds)}</Descriptions.Item>
      <Descriptions.Item label="办理期限">
        <DueTag dueAt={doc.dueAt} overdue={overdue} />
      </Descriptions.Item>
      {doc.completedAt !== null && <Descriptions.Item label="办结时间">{dayjs(doc.completedAt).format('YYYY-MM-DD HH:mm')}</Descriptions.Item>}
    </Descriptions>
  );
}
