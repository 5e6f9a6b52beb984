import { TreeSelect } from 'antd';
import { useMemo } from 'react';
import type { OrgNode } from '../directory/orgTree';

interface SelectNode {
  value: string;
  title: string;
  disabled?: boolean;
  children: SelectNode[];
}

function toSelect(nodes: OrgNode[], exclude?: string): SelectNode[] {
  return nodes.map((n) => ({ value: n.key, title: n.title, disabled: n.key === exclude, children: n.key === exclude ? [] : toSelect(n.children, exclude) }));
}

/** Choose an org from the tree; `exclude` (and its subtree) can't be chosen, for moves. */
export function OrgSelect({ roots, value, onChange, exclude, placeholder = '选择部门', allowClear, ...rest }: { roots: OrgNode[]; value?: string | null; onChange?: (v: string | null) => void; exclude?: string; placeholder?: string; allowClear?: boolean; 'data-testid'?: string }) {
  const data = useMemo(() => toSelect(roots, exclude), [roots, exclude]);
  return (
    <TreeSelect
      treeData={data}
      value={value ?? undefined}
      onChange={(v) => onChange?.((v as string | undefined) ?? null)}
      placeholder={placeholder}
      allowClear={allowClear}
      showSearch={{ treeNodeFilterProp: 'title' }}
      treeDefaultExpandAll
      style={{ width: '100%' }}
      {...rest}
    />
  );
}
