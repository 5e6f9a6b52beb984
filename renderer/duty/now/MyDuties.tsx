import { CalendarOutlined, SwapOutlined } from '@ant-design/icons';
import { Button, Card, Empty, List, Spin } from 'antd';
import { useState } from 'react';
import type { MyDuty } from '../../../shared/duty/api-types';
import { useApi } from '../../api/context';
import { useApiQuery } from '../../api/useApiQuery';
import { useAction } from '../../common/useAction';
import { downloadCoreFile } from '../../common/coreFile';
import { clock, isoDaysFromToday, shortDate, todayInChina, weekdayLabel } from '../common/dates';
import { ShiftTag } from '../common/tags';
import { SwapRequestDialog, type SwapStart } from '../swaps/SwapRequestDialog';

const horizonDays = 60;

/** 我的值班: my places on published rosters over the next 60 days, to the calendar or to a swap. */
export function MyDuties() {
  const api = useApi();
  const run = useAction();
  const range = { from: todayInChina(), to: isoDaysFromToday(horizonDays) };
  const duties = useApiQuery('duty', (a) => a.duty.myDuties(range), [range.from]).data;
  const [swap, setSwap] = useState<SwapStart | undefined>(undefined);
  const exportIcs = () => run('已导出，可导入 Outlook、日历或钉钉', async () => downloadCoreFile(await api.duty.ics(range), 'text/calendar'));
  return (
    <Card
      size="small"
      className="xt-duty-mine"
      title="我的值班"
      data-testid="duty-my"
      extra={
        <Button size="small" icon={<CalendarOutlined />} onClick={() => void exportIcs()} disabled={!duties?.length} data-testid="duty-my-ics">
          导出到日历
        </Button>
      }
    >
      {!duties ? (
        <Spin className="xt-center" />
      ) : duties.length === 0 ? (
        <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={`未来 ${horizonDays} 天没有值班`} />
      ) : (
        <List
          size="small"
          dataSource={duties}
          renderItem={(duty: MyDuty) => (
            <List.Item
              data-testid="duty-my-item"
              data-date={duty.date}
              actions={[<Button key="swap" size="small" type="link" icon={<SwapOutlined />} onClick={() => setSwap(duty)} aria-label="申请换班" title="申请换班" />]}
            >
              <List.Item.Meta
                title={
                  <span>
                    {shortDate(duty.date)} {weekdayLabel(duty.date)} <ShiftTag shift={duty.shift} />
                  </span>
                }
                description={`${duty.postName} · ${duty.unitName} · ${clock(duty.start)}–${clock(duty.end)}`}
              />
            </List.Item>
          )}
        />
      )}
      <SwapRequestDialog open={!!swap} initial={swap} onClose={() => setSwap(undefined)} />
    </Card>
  );
}
