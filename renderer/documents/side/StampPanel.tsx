import { Descriptions, Empty, Tag } from 'antd';
import dayjs from 'dayjs';
import type { Seal, SealStamp } from '../../../shared/documents/records';
import { usePeopleLookup } from '../../api/usePeople';
import type { Verdict } from './useStampVerdict';

export function VerdictTag({ verdict }: { verdict: Verdict | null }) {
  if (!verdict) return null;
  const common = { 'data-testid': 'doc-stamp-verdict', 'data-verdict': verdict };
  switch (verdict) {
    case 'valid':
      return <Tag color="success" {...common}>印章有效</Tag>;
    case 'tampered':
      return <Tag color="error" {...common}>已被篡改</Tag>;
    case 'noSeal':
      return <Tag color="warning" {...common}>找不到印章公钥，无法验证</Tag>;
    case 'checking':
      return <Tag {...common}>验证中…</Tag>;
  }
}

/** 印章: whether the seal still vouches for what is shown, as checked on this machine (useStampVerdict). */
export function StampPanel({ stamp, seal, verdict }: { stamp: SealStamp | null; seal: Seal | undefined; verdict: Verdict | null }) {
  const person = usePeopleLookup();
  if (!stamp) return <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description="尚未用印" data-testid="doc-stamp" data-verdict="none" />;
  return (
    <div className="xt-doc-stamp" data-testid="doc-stamp" data-verdict={verdict ?? 'checking'}>
      {seal && <img src={seal.image} alt={seal.name} className="xt-doc-stamp-image" />}
      <VerdictTag verdict={verdict} />
      <Descriptions size="small" column={1} style={{ marginTop: 12 }}>
        <Descriptions.Item label="印章">{seal?.name ?? stamp.sealId}</Descriptions.Item>
        <Descriptions.Item label="用印人">{person(stamp.sealedBy)?.name ?? '…'}</Descriptions.Item>
        <Descriptions.Item label="用印时间">{dayjs(stamp.sealedAt).format('YYYY-MM-DD HH:mm')}</Descriptions.Item>
        <Descriptions.Item label="算法">{stamp.algorithm}</Descriptions.Item>
        <Descriptions.Item label="内容摘要">
          <code className="xt-small" style={{ wordBreak: 'break-all' }}>{stamp.contentHash}</code>
        </Descriptions.Item>
      </Descriptions>
    </div>
  );
}
