import { DatePicker, Select, Space, Switch } from 'antd';
import { SearchBox } from '../common/SearchBox';
import type { Light } from '../../shared/supervision/kinds';
import { LeaderSelect } from '../common/LeaderSelect';
import { LightDot } from './LightDot';
import type { SupervisionFilters as Filters, SupervisionSort } from './listQuery';
import { lightOptions, priorityOptions, sourceOptions, statusOptions } from './selectOptions';
import { UnitTreeSelect } from './UnitTreeSelect';

const sortOptions: { value: SupervisionSort; label: string }[] = [
  { value: 'light', label: '按灯色' },
  { value: 'deadline', label: '按期限' },
  { value: 'updated', label: '按更新' },
];

/** 状态, 灯色, 来源, 优先级, 单位, 批示领导, 期限 and a search over 编号 and 名称 (typed search settles first). */
export function ListFilters({ value, onChange }: { value: Filters; onChange: (next: Filters) => void }) {
  const set = (patch: Partial<Filters>) => onChange({ ...value, ...patch });
  return (
    <Space wrap className="xt-sup-filters" data-testid="sup-filters">
      <SearchBox value={value.q} onSearch={(q) => set({ q })} placeholder="搜索编号、名称" width={200} label="搜索督办事项" testId="sup-search" />
      <Select allowClear placeholder="状态" value={value.status} onChange={(status) => set({ status })} options={statusOptions} style={{ width: 100 }} data-testid="sup-filter-status" />
      <Select<Light>
        allowClear
        placeholder="灯色"
        value={value.light}
        onChange={(light) => set({ light })}
        options={lightOptions}
        optionRender={(o) => <LightDot light={o.value as Light} />}
        labelRender={(o) => <LightDot light={o.value as Light} />}
        style={{ width: 100 }}
        data-testid="sup-filter-light"
      />
      <Select allowClear placeholder="来源" value={value.source} onChange={(source) => set({ source })} options={sourceOptions} style={{ width: 130 }} data-testid="sup-filter-source" />
      <Select allowClear placeholder="优先级" value={value.priority} onChange={(priority) => set({ priority })} options={priorityOptions} style={{ width: 96 }} data-testid="sup-filter-priority" />
      <UnitTreeSelect allowClear placeholder="承办单位" value={value.unitId} onChange={(unitId) => set({ unitId })} width={180} testId="sup-filter-unit" />
      <LeaderSelect value={value.leaderId} onChange={(leaderId) => set({ leaderId })} width={150} testId="sup-filter-leader" />
      <DatePicker.RangePicker value={value.range ?? null} onChange={(range) => set({ range: range?.[0] && range[1] ? [range[0], range[1]] : null })} placeholder={['期限自', '至']} style={{ width: 230 }} data-testid="sup-filter-deadline" />
      <Select<SupervisionSort> value={value.sort} onChange={(sort) => set({ sort })} options={sortOptions} style={{ width: 96 }} aria-label="排序" data-testid="sup-sort" />
      <label className="xt-sup-mine">
        <Switch size="small" checked={value.mine} onChange={(mine) => set({ mine })} data-testid="sup-filter-mine" />
        待我办理
      </label>
    </Space>
  );
}
