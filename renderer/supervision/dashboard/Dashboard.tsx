import { Alert, Card, DatePicker, Select, Space, Spin } from 'antd';
import type { Dayjs } from 'dayjs';
import { useCallback, useMemo, useState } from 'react';
import type { SupervisionSource } from '../../../shared/supervision/kinds';
import { useApiQuery } from '../../api/useApiQuery';
import { usePeopleLookup } from '../../api/usePeople';
import { useDirectoryTree } from '../../directory/useDirectoryTree';
import { LeaderSelect } from '../../common/LeaderSelect';
import { sourceOptions } from '../selectOptions';
import { Chart } from './Chart';
import { leaderOption, lightOption, sourceOption, statusOption, trendOption, unitRateOption } from './chartOptions';
import { OverdueTable } from './OverdueTable';
import { StatCards } from './StatCards';

interface Filters {
  period: [Dayjs, Dayjs] | null;
  source?: SupervisionSource;
  leaderId?: string;
}

/** 统计分析: counts by light and status, unit rankings, 超期清单, the monthly trend, by source and by leader. */
export function Dashboard() {
  const tree = useDirectoryTree();
  const person = usePeopleLookup();
  const [filters, setFilters] = useState<Filters>({ period: null });
  const query = {
    from: filters.period?.[0].format('YYYY-MM-DD'),
    to: filters.period?.[1].format('YYYY-MM-DD'),
    source: filters.source,
    instructingLeaderId: filters.leaderId,
  };
  const stats = useApiQuery('supervision', (api) => api.supervision.dashboard(query), [JSON.stringify(query)]);
  const unitName = useCallback((id: string) => tree.orgs.get(id)?.name ?? '…', [tree.orgs]);
  const leaderName = (id: string) => person(id)?.name ?? '…';
  const data = stats.data;
  // Rebuilt only when the figures or the names they show change: a new option redraws (and re-animates) the chart.
  const names = [tree.orgs.size, ...(data?.byLeader.map((l) => leaderName(l.leaderId)) ?? [])].join();
  const options = useMemo(
    () =>
      data && {
        light: lightOption(data.byLight),
        status: statusOption(data.byStatus),
        onTime: unitRateOption(data.units, 'onTimeRate', unitName),
        feedback: unitRateOption(data.units, 'feedbackRate', unitName),
        trend: trendOption(data.trend),
        source: sourceOption(data.bySource),
        leader: leaderOption(data.byLeader, leaderName),
      },
    [data, names],
  );

  return (
    <div className="xt-sup-dashboard" data-testid="sup-dashboard">
      <Space wrap className="xt-sup-filters">
        <DatePicker.RangePicker value={filters.period} onChange={(r) => setFilters({ ...filters, period: r?.[0] && r[1] ? [r[0], r[1]] : null })} placeholder={['立项自', '至']} data-testid="sup-dash-period" />
        <Select allowClear placeholder="来源" value={filters.source} onChange={(source) => setFilters({ ...filters, source })} options={sourceOptions} style={{ width: 140 }} data-testid="sup-dash-source" />
        <LeaderSelect value={filters.leaderId} onChange={(leaderId) => setFilters({ ...filters, leaderId })} width={160} testId="sup-dash-leader" />
      </Space>
      {stats.error && <Alert type="error" showIcon title="统计加载失败" description={stats.error.message} />}
      {!data || !options ? (
        !stats.error && <Spin className="xt-center" />
      ) : (
        <>
          <StatCards stats={data} />
          <div className="xt-sup-grid">
            <Card size="small" title="灯色分布">
              <Chart name="light" option={options.light} />
            </Card>
            <Card size="small" title="办理状态">
              <Chart name="status" option={options.status} />
            </Card>
            <Card size="small" title="按期办结率（前 15 个单位）">
              <Chart name="on-time" option={options.onTime} height={360} />
            </Card>
            <Card size="small" title="反馈及时率（前 15 个单位）">
              <Chart name="feedback" option={options.feedback} height={360} />
            </Card>
            <Card size="small" title="超期清单" className="xt-sup-wide">
              <OverdueTable overdue={data.overdue} unitName={unitName} />
            </Card>
            <Card size="small" title="月度趋势（立项 / 办结）" className="xt-sup-wide">
              <Chart name="trend" option={options.trend} />
            </Card>
            <Card size="small" title="按来源">
              <Chart name="source" option={options.source} />
            </Card>
            <Card size="small" title="按批示领导">
              <Chart name="leader" option={options.leader} />
            </Card>
          </div>
        </>
      )}
    </div>
  );
}
