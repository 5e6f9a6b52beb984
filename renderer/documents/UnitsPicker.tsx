import { TreeSelect } from 'antd';
import { useMemo } from 'react';
import type { OrgNode } from '../directory/orgTree';

interface UnitNode {
  value: string;
  title: string;
  disabled: boolean;
  children: UnitNode[];
}

/** 处室 are shown for orientation only: a 公文 goes to 单位. */
function toUnitNodes(nodes: OrgNode[]): UnitNode[] {
  return nodes.map((n) => ({ value: n.key, title: n.title, disabled: n.org.kind !== 'unit', children: toUnitNodes(n.children) }));
}

/** Several 单位 from the directory tree (分发). */
export function UnitsPicker({ roots, value, onChange, testId }: { roots: OrgNode[]; value?: string[]; onChange?: (ids: string[]) => void; testId: string }) {
  const data = useMemo(() => toUnitNodes(roots), [roots]);
  return (
    <TreeSelect
      treeData={data}
      value={value}
      onChange={(v) => onChange?.(v as string[])}
      // Plain multiple choice, not checkboxes: choosing a unit must not bring its subordinate units along.
      multiple
      showSearch={{ treeNodeFilterProp: 'title' }}
      treeDefaultExpandAll
      placeholder="选择分发单位"
      style={{ width: '100%' }}
      data-testid={testId}
    />
  );
}
