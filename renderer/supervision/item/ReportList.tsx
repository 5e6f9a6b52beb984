import { PaperClipOutlined } from '@ant-design/icons';
import { Button, Progress, Tag } from 'antd';
import dayjs from 'dayjs';
import type { ProgressReport, SupervisionItem } from '../../../shared/supervision/records';
import { useApi } from '../../api/context';
import { usePeopleLookup } from '../../api/usePeople';
import { useAction } from '../../common/useAction';
import { downloadCoreFile } from '../../common/coreFile';

const reviewLabels: Record<ProgressReport['status'], { text: string; color: string }> = {
  submitted: { text: '待审核', color: 'orange' },
  accepted: { text: '已采纳', color: 'green' },
  returned: { text: '已退回', color: 'red' },
};

function Attachment({ fileId, index }: { fileId: string; index: number }) {
  const api = useApi();
  const run = useAction();
  return (
    <Button
      size="small"
      type="link"
      icon={<PaperClipOutlined />}
      onClick={() =>
        void run(null, async () => {
          const { file, dataBase64 } = await api.chat.fileData({ fileId });
          downloadCoreFile({ fileName: file.name, dataBase64 }, file.mime || 'application/octet-stream');
        })
      }
      data-testid="sup-report-file"
    >
      附件{index + 1}
    </Button>
  );
}

/** 反馈记录, newest first: what each unit reported, how far along, and the review; 审核 where it is mine to do. */
export function ReportList({ item, unitName, reviewable, onReview }: { item: SupervisionItem; unitName: (id: string) => string; reviewable: string[]; onReview: (reportId: string) => void }) {
  const person = usePeopleLookup();
  if (item.reports.length === 0) return <span className="xt-muted">暂无反馈</span>;
  const reports = [...item.reports].sort((a, b) => b.at - a.at);
  return (
    <div className="xt-sup-entries" data-testid="sup-reports">
      {reports.map((r) => {
        const milestone = item.milestones.find((m) => m.id === r.milestoneId);
        return (
          <div key={r.id} className="xt-sup-entry" data-testid="sup-report" data-report-id={r.id} data-status={r.status}>
            <div className="xt-sup-entry-head">
              <b>{unitName(r.unitId)}</b>
              <span className="xt-muted">
                {person(r.byId)?.name ?? '…'} · {dayjs(r.at).format('YYYY-MM-DD HH:mm')}
              </span>
              {milestone && <Tag>节点：{milestone.title}</Tag>}
              <Tag color={reviewLabels[r.status].color}>{reviewLabels[r.status].text}</Tag>
              <Progress percent={r.percent} size="small" className="xt-sup-entry-progress" />
              {reviewable.includes(r.id) && (
                <Button size="small" type="primary" ghost onClick={() => onReview(r.id)} data-testid="sup-report-review">
                  审核
                </Button>
              )}
            </div>
            <div className="xt-sup-text">{r.text}</div>
            {r.fileIds.length > 0 && (
              <div>
                {r.fileIds.map((fileId, i) => (
                  <Attachment key={fileId} fileId={fileId} index={i} />
                ))}
              </div>
            )}
            {r.status !== 'submitted' && (
              <div className="xt-doc-opinion">
                {person(r.reviewedBy)?.name ?? '…'}：{r.reviewOpinion || (r.status === 'accepted' ? '采纳' : '退回')}
              </div>
            )}
          </div>
        );
      })}
    </div>
  );
}
