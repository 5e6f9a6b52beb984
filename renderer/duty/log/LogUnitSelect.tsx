import { Select } from 'antd';
import type { DutyUnit } from '../../../shared/duty/api-types';

/** Which unit's 值班日志: most people have one and never need to touch this. */
export function LogUnitSelect({ units, value, onChange, testId }: { units: DutyUnit[]; value: string | undefined; onChange: (unitId: string) => void; testId: string }) {
  return (
    <Select
      showSearch={{ optionFilterProp: 'label' }}
      value={value}
      onChange={onChange}
      options={units.map((u) => ({ value: u.unitId, label: u.name }))}
      placeholder="选择值班单位"
      style={{ width: 220 }}
      aria-label="值班单位"
      data-testid={testId}
    />
  );
}
