import { Alert, Button, Card, Empty, List, Tag } from 'antd';
import type { DutyHandover } from '../../../../shared/duty/records';
import { shiftLabels } from '../../../../shared/duty/roster-frame';
import type { PendingChange } from '../../../../shared/sync/pending-change';
import { useApi } from '../../../api/context';
import { usePeopleLookup } from '../../../api/usePeople';
import { useMe } from '../../../app/session';
import { useAction } from '../../../common/useAction';
import { shortDate } from '../../common/dates';
import { monthDayTime } from '../monthDayTime';

export type HandoverRow = DutyHandover & { pending: PendingChange | null };

const names = (ids: string[], person: ReturnType<typeof usePeopleLookup>) => ids.map((id) => person(id)?.name ?? '…').join('、') || '—';
const shiftName = (h: DutyHandover) => `${shortDate(h.date)} ${shiftLabels[h.shift]}`;

/** 接班确认: handovers waiting for me, at the top of the log until I take over. */
export function HandoverBanner({ handovers }: { handovers: HandoverRow[] }) {
  const api = useApi();
  const run = useAction();
  const me = useMe();
  const person = usePeopleLookup();
  const mine = handovers.filter((h) => h.status === 'pending' && h.incomingIds.includes(me.id) && !h.pending);
  return (
    <>
      {mine.map((h) => (
        <Alert
          key={h.id}
          type="warning"
          showIcon
          title={`${names(h.outgoingIds, person)} 交班给您（${shiftName(h)}），请确认接班`}
          description={
            <div className="xt-duty-text">
              {h.notes || '无交接事项'}
              {h.openEntryIds.length > 0 && `\n移交未办结事项 ${h.openEntryIds.length} 项`}
            </div>
          }
          action={
            <Button type="primary" onClick={() => void run('已接班', () => api.duty.confirmHandover({ handoverId: h.id }))} data-testid={`handover-confirm-${h.id}`}>
              接班确认
            </Button>
          }
          data-testid="handover-for-me"
        />
      ))}
    </>
  );
}

/** 交接班记录: each handover with who gave and who took it, and when. */
export function HandoverList({ handovers }: { handovers: HandoverRow[] }) {
  const person = usePeopleLookup();
  return (
    <Card size="small" title="交接班记录">
      <div data-testid="handover-list">
        {handovers.length === 0 ? (
          <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description="暂无交接班记录" />
        ) : (
          <List
            size="small"
            dataSource={handovers}
            renderItem={(h) => (
              <List.Item data-testid={h.status === 'pending' ? `handover-pending-${h.id}` : `handover-${h.id}`} data-status={h.status}>
                <div className="xt-duty-handover">
                  <div className="xt-duty-handover-head">
                    <b>{shiftName(h)}</b>
                    <span>
                      {names(h.outgoingIds, person)} → {names(h.incomingIds, person)}
                    </span>
                    {h.status === 'pending' ? <Tag color="orange">待接班</Tag> : <Tag color="green">已接班</Tag>}
                    {h.pending && <Tag color={h.pending.status === 'pending' ? 'processing' : 'error'}>{h.pending.status === 'pending' ? '待同步' : `未能提交：${h.pending.reason ?? ''}`}</Tag>}
                  </div>
                  {h.notes && <div className="xt-duty-text">{h.notes}</div>}
                  <div className="xt-small xt-muted">
                    交班 {monthDayTime(h.createdAt)}
                    {h.openEntryIds.length > 0 && ` · 移交未办结事项 ${h.openEntryIds.length} 项`}
                    {h.confirmedAt !== null && ` · ${person(h.confirmedBy)?.name ?? '…'} ${monthDayTime(h.confirmedAt)} 接班`}
                  </div>
                </div>
              </List.Item>
            )}
          />
        )}
      </div>
    </Card>
  );
}
