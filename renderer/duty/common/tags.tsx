import { Tag } from 'antd';
import type { CallUnitStatus, RosterListItem } from '../../../shared/duty/api-types';
import { dayCategory } from '../../../shared/duty/day-category';
import type { RosterKind, RosterStatus, SwapStatus } from '../../../shared/duty/records';
import { shiftLabels } from '../../../shared/duty/roster-frame';
import type { ShiftKind } from '../../../shared/duty/roster-schemas';
import { isWeekendDate } from './dates';

const shiftColors: Record<ShiftKind, string> = { full: 'blue', day: 'gold', night: 'geekblue' };

export function ShiftTag({ shift, range }: { shift: ShiftKind; range?: string }) {
  return (
    <Tag color={shiftColors[shift]} data-shift={shift}>
      {shiftLabels[shift]}
      {range ? ` ${range}` : ''}
    </Tag>
  );
}

/** 休 on statutory holidays and weekends, 班 on a 调休 working weekend; ordinary weekdays show nothing. */
export function DayTag({ date }: { date: string }) {
  const category = dayCategory(date);
  if (category === 'holiday') return <Tag color="red" data-day="holiday" title="法定节假日">休</Tag>;
  if (category === 'weekend') return <Tag color="green" data-day="weekend" title="周末">休</Tag>;
  if (isWeekendDate(date)) return <Tag color="orange" data-day="workday" title="调休上班">班</Tag>;
  return null;
}

export const rosterKindLabels: Record<RosterKind, string> = { month: '月度', holiday: '节假日' };

export function RosterStatusTag({ status }: { status: RosterStatus }) {
  return <Tag color={status === 'published' ? 'green' : 'default'} data-status={status}>{status === 'published' ? '已发布' : '草稿'}</Tag>;
}

type ReportState = CallUnitStatus['status'];

export const reportLabels: Record<ReportState, string> = { missing: '未报送', draft: '草稿', submitted: '已报送', returned: '已退回', accepted: '已接收' };
const reportColors: Record<ReportState, string> = { missing: 'default', draft: 'processing', submitted: 'blue', returned: 'red', accepted: 'green' };

export function ReportTag({ status }: { status: ReportState }) {
  return <Tag color={reportColors[status]} data-status={status}>{reportLabels[status]}</Tag>;
}

/** A roster's 报送 state as the list shows it: nothing until it is submitted. */
export function SubmissionTag({ submission }: { submission: RosterListItem['submission'] }) {
  return submission ? <ReportTag status={submission.status} /> : null;
}

export const swapStatusLabels: Record<SwapStatus, string> = { requested: '待对方同意', accepted: '待审批', approved: '已生效', declined: '对方已拒绝', refused: '未获批准', cancelled: '已撤回' };
const swapColors: Record<SwapStatus, string> = { requested: 'orange', accepted: 'blue', approved: 'green', declined: 'red', refused: 'red', cancelled: 'default' };

export function SwapStatusTag({ status }: { status: SwapStatus }) {
  return <Tag color={swapColors[status]} data-status={status}>{swapStatusLabels[status]}</Tag>;
}
