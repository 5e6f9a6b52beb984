import { Select } from 'antd';
import { useEffect } from 'react';
import { unitsOf } from '../documents/orgUnits';
import { useDirectoryTree } from '../directory/useDirectoryTree';

/** Choose one 单位 (templates and seals belong to units, not departments); starts on the first. */
export function UnitSelect({ value, onChange, testId }: { value: string | null; onChange: (id: string) => void; testId: string }) {
  const tree = useDirectoryTree();
  const units = unitsOf(tree.orgs.values());
  const first = units[0]?.id;
  useEffect(() => {
    if (!value && first) onChange(first);
  }, [value, first, onChange]);
  return (
    <Select
      value={value ?? undefined}
      onChange={onChange}
      options={units.map((u) => ({ value: u.id, label: u.name }))}
      showSearch={{ optionFilterProp: 'label' }}
      loading={!tree.loaded}
      placeholder="选择单位"
      style={{ width: 280 }}
      data-testid={testId}
    />
  );
}
