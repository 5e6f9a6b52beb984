import { Descriptions } from 'antd';
import dayjs from 'dayjs';
import { feedbackCadenceLabels } from '../../../shared/supervision/kinds';
import type { SupervisionItem } from '../../../shared/supervision/records';
import { useNavigation } from '../../app/navigation';
import { usePeopleLookup } from '../../api/usePeople';
import { useSourceDocument } from './useSourceDocument';

/** 基本信息: where the item comes from, who instructed it, the original text and the requirements. */
export function BasicInfo({ item, unitName }: { item: SupervisionItem; unitName: (id: string) => string }) {
  const person = usePeopleLookup();
  const { openDocument } = useNavigation();
  const source = useSourceDocument(item.sourceDocumentId);
  return (
    <Descriptions size="small" column={2} bordered className="xt-sup-info" data-testid="sup-info">
      <Descriptions.Item label="来源">{item.source}</Descriptions.Item>
      <Descriptions.Item label="批示领导">{item.instructingLeaderId ? (person(item.instructingLeaderId)?.name ?? '…') : '—'}</Descriptions.Item>
      <Descriptions.Item label="反馈周期">{feedbackCadenceLabels[item.cadence]}</Descriptions.Item>
      <Descriptions.Item label="优先级">{item.priority}</Descriptions.Item>
      <Descriptions.Item label="立项">
        {unitName(item.ownerUnitId)} {person(item.createdBy)?.name ?? '…'}，{dayjs(item.createdAt).format('YYYY-MM-DD')}
      </Descriptions.Item>
      <Descriptions.Item label="关联公文">
        {!item.sourceDocumentId ? (
          '—'
        ) : source ? (
          <a onClick={() => openDocument(source.ref)} data-testid="sup-source-document">
            {source.title || '（无标题）'}
          </a>
        ) : (
          <span className="xt-muted">{source === null ? '无权查看或已删除' : '…'}</span>
        )}
      </Descriptions.Item>
      <Descriptions.Item label="原文 / 批示内容" span={2}>
        <div className="xt-sup-text" data-testid="sup-original">
          {item.originalText || <span className="xt-muted">—</span>}
        </div>
      </Descriptions.Item>
      <Descriptions.Item label="办理要求" span={2}>
        <div className="xt-sup-text">{item.requirements || <span className="xt-muted">—</span>}</div>
      </Descriptions.Item>
    </Descriptions>
  );
}
