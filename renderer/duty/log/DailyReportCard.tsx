import { Button, Card, Input, Space, Tag } from 'antd';
import { useState } from 'react';
import { isoDateInChina } from '../../../shared/documents/dates';
import { newId } from '../../../shared/ids';
import { useApi } from '../../api/context';
import { useApiQuery } from '../../api/useApiQuery';
import { useAction } from '../../common/useAction';
import { dailyReportCallFor, dailyReportState } from './dailyReportDue';
import { clock } from '../common/dates';

/**
 * 今日日报: on the days of a holiday period whose 报送通知 asks for it, the unit reports by the hour —
 * 零报告 (无事报平安) in one click, or 有事报事 with what happened.
 */
export function DailyReportCard({ unitId }: { unitId: string }) {
  const api = useApi();
  const run = useAction();
  const [writing, setWriting] = useState(false);
  const [text, setText] = useState('');
  const [busy, setBusy] = useState(false);
  const calls = useApiQuery('duty', (a) => a.duty.calls({}));
  const reports = useApiQuery('duty', (a) => a.duty.dailyReports({ unitId }), [unitId]);
  const now = Date.now();
  const today = isoDateInChina(now);
  const call = calls.data ? dailyReportCallFor(calls.data, unitId, today) : null;
  if (!call || !reports.data) return null;
  const state = dailyReportState(call, reports.data, today, now);

  const submit = async (kind: 'zero' | 'events') => {
    setBusy(true);
    const ok = await run(kind === 'zero' ? '已报送零报告' : '已报送日报', () => api.duty.submitDailyReport({ id: newId(), unitId, callId: call.id, date: today, kind, text: kind === 'events' ? text : '' }));
    setBusy(false);
    if (ok) {
      setWriting(false);
      setText('');
    }
  };

  const filed = state.report;
  return (
    <Card
      size="small"
      title={`今日日报（${call.dailyReportBy}前）`}
      extra={<span className="xt-muted xt-small">{call.title}</span>}
      className="xt-duty-daily"
      data-testid="daily-card"
      data-state={filed ? (state.late ? 'late' : 'filed') : state.late ? 'overdue' : 'due'}
    >
      {filed ? (
        <Space wrap>
          <Tag color="green" data-testid="daily-filed">
            已报送{filed.kind === 'zero' ? '零报告' : '日报'}
          </Tag>
          <span className="xt-muted">{clock(filed.submittedAt)} 报送</span>
          {state.late && <Tag color="red">迟报</Tag>}
          {filed.text && <span className="xt-duty-text">{filed.text}</span>}
        </Space>
      ) : (
        <div className="xt-duty-daily-body">
          <Space wrap>
            {state.late ? <Tag color="red">已超过 {call.dailyReportBy}，尚未报送</Tag> : <Tag color="orange">今日尚未报送</Tag>}
            <Button type="primary" loading={busy && !writing} onClick={() => void submit('zero')} data-testid="daily-zero">
              零报告（无事报平安）
            </Button>
            <Button onClick={() => setWriting(true)} data-testid="daily-events">
              有事报事
            </Button>
          </Space>
          {writing && (
            <div className="xt-duty-daily-text">
              <Input.TextArea
                autoFocus
                autoSize={{ minRows: 3, maxRows: 8 }}
                value={text}
                onChange={(e) => setText(e.target.value)}
                onKeyDown={(e) => {
                  if (e.key === 'Enter' && (e.ctrlKey || e.metaKey) && text.trim()) void submit('events');
                }}
                placeholder="今日值班期间发生的事项及处置情况"
                maxLength={5000}
                data-testid="daily-text"
              />
              <Space>
                <Button onClick={() => setWriting(false)}>取消</Button>
                <Button type="primary" disabled={!text.trim()} loading={busy} onClick={() => void submit('events')} data-testid="daily-ok">
                  报送
                </Button>
              </Space>
            </div>
          )}
        </div>
      )}
    </Card>
  );
}
