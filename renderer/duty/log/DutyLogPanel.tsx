import { Button, Card, DatePicker, Empty, Spin, Tag } from 'antd';
import dayjs from 'dayjs';
import { useState } from 'react';
import { addCalendarDays } from '../../../shared/calendar/working-days';
import { isoDateInChina } from '../../../shared/documents/dates';
import type { DutyLogEntry } from '../../../shared/duty/records';
import { chinaInstant } from '../../../shared/duty/shift-times';
import { useApi } from '../../api/context';
import { useApiQuery } from '../../api/useApiQuery';
import { useAction } from '../../common/useAction';
import { DutyUnitSelect } from '../common/DutyUnitSelect';
import { isMyUnit, useDutyUnits } from '../common/useDutyUnits';
import { DailyReportCard } from './DailyReportCard';
import { HandoverDialog } from './handover/HandoverDialog';
import { HandoverBanner, HandoverList } from './handover/HandoverList';
import { LogEntryForm } from './LogEntryForm';
import { closedEntryInput } from './logEntryInput';
import { LogTable } from './LogTable';
import { ShiftCard } from './ShiftCard';
import { useUnitShift } from './useUnitShift';

function UnitLog({ unitId }: { unitId: string }) {
  const api = useApi();
  const run = useAction();
  const [date, setDate] = useState(() => isoDateInChina(Date.now()));
  const [editing, setEditing] = useState<DutyLogEntry | null>(null);
  const [handingOver, setHandingOver] = useState(false);
  const shift = useUnitShift(unitId);
  const from = chinaInstant(date, '00:00');
  const to = chinaInstant(addCalendarDays(date, 1), '00:00');
  const entries = useApiQuery(['duty', 'outbox'], (a) => a.duty.logEntries({ unitId, from, to }), [unitId, from, to]);
  const handovers = useApiQuery(['duty', 'outbox'], (a) => a.duty.handovers({ unitId }), [unitId]);
  const current = shift.current;
  const sorted = [...(entries.data ?? [])].sort((a, b) => a.at - b.at);
  const history = [...(handovers.data ?? [])].sort((a, b) => b.createdAt - a.createdAt);
  const handedOver = current ? history.find((h) => h.status === 'pending' && h.date === current.date && h.shift === current.shift) : undefined;

  const handoverButton = handedOver ? (
    <Tag color="orange" data-testid="handover-waiting">
      已交班，待接班
    </Tag>
  ) : (
    <Button type="primary" disabled={!current} title={current ? undefined : '本单位尚未设置班次'} onClick={() => setHandingOver(true)} data-testid="handover-new">
      交班
    </Button>
  );

  return (
    <div className="xt-duty-log">
      <HandoverBanner handovers={history} />
      <div className="xt-duty-log-top">
        <ShiftCard shift={shift} extra={handoverButton} />
        <DailyReportCard unitId={unitId} />
      </div>
      <Card
        size="small"
        title="值班日志"
        extra={
          <DatePicker
            value={dayjs(date)}
            allowClear={false}
            onChange={(d) => d && setDate(d.format('YYYY-MM-DD'))}
            disabledDate={(d) => d.isAfter(dayjs(), 'day')}
            data-testid="log-date"
            aria-label="日志日期"
          />
        }
      >
        <LogEntryForm unitId={unitId} editing={editing} onEditDone={() => setEditing(null)} />
        <LogTable
          entries={sorted}
          loading={entries.loading && !entries.data}
          emptyText={entries.error ? `加载失败：${entries.error.message}` : '当日暂无值班记录'}
          onEdit={setEditing}
          onClose={(e) => void run('已办结', () => api.duty.saveLogEntry(closedEntryInput(e)))}
        />
      </Card>
      <HandoverList handovers={history} />
      {current && <HandoverDialog open={handingOver} unitId={unitId} shift={current} onClose={() => setHandingOver(false)} />}
    </div>
  );
}

/** 值班日志 and 交接班: the unit's current shift, the day's log with quick entry, handovers and the 日报. */
export function DutyLogPanel() {
  const units = useDutyUnits()?.filter(isMyUnit);
  const [chosen, setChosen] = useState<string | undefined>(undefined);
  if (!units) return <Spin className="xt-center" />;
  if (units.length === 0) return <Empty description="您不在任何单位的值班人员之中" />;
  const unitId = chosen && units.some((u) => u.unitId === chosen) ? chosen : units[0]!.unitId;
  return (
    <div className="xt-duty-panel" data-testid="log-panel">
      <div className="xt-duty-filters">
        <DutyUnitSelect units={units} value={unitId} onChange={setChosen} testId="log-unit-select" />
      </div>
      <UnitLog key={unitId} unitId={unitId} />
    </div>
  );
}
