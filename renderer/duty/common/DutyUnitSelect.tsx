import { Select } from 'antd';
import type { DutyUnit } from '../../../shared/duty/api-types';

/** Picks one of my duty units by name (searchable); managed units first. */
export function DutyUnitSelect({ units, value, onChange, testId, width = 240 }: { units: DutyUnit[]; value: string | undefined; onChange: (unitId: string) => void; testId: string; width?: number }) {
  const sorted = [...units].sort((a, b) => Number(b.canManage) - Number(a.canManage) || a.name.localeCompare(b.name, 'zh-CN'));
  return (
    <Select
      value={value}
      onChange={onChange}
      showSearch={{ optionFilterProp: 'label' }}
      placeholder="选择单位"
      style={{ width }}
      aria-label="单位"
      data-testid={testId}
      options={sorted.map((unit) => ({ value: unit.unitId, label: unit.name }))}
    />
  );
}
