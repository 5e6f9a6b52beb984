import { TreeSelect } from 'antd';
import { useMemo } from 'react';
import type { OrgNode } from '../directory/orgTree';
import { useDirectoryTree } from '../directory/useDirectoryTree';

interface UnitNode {
  value: string;
  title: string;
  disabled: boolean;
  children: UnitNode[];
}

/** 处室 show where a unit sits but cannot be picked: items go to 单位. */
function toUnitNodes(nodes: OrgNode[]): UnitNode[] {
  return nodes.map((n) => ({ value: n.key, title: n.title, disabled: n.org.kind !== 'unit', children: toUnitNodes(n.children) }));
}

type Props = { placeholder: string; testId: string; excludeIds?: string[]; allowClear?: boolean; width?: number } & (
  | { multiple: true; value?: string[]; onChange?: (ids: string[]) => void }
  | { multiple?: false; value?: string; onChange?: (id: string | undefined) => void }
);

/** One 单位 (牵头单位, a filter) or several (配合单位) from the directory's tree, searchable by name. */
export function UnitTreeSelect(props: Props) {
  const tree = useDirectoryTree();
  const excluded = props.excludeIds?.join(',') ?? '';
  const data = useMemo(() => {
    const skip = new Set(excluded.split(','));
    const strip = (nodes: UnitNode[]): UnitNode[] => nodes.map((n) => ({ ...n, disabled: n.disabled || skip.has(n.value), children: strip(n.children) }));
    return strip(toUnitNodes(tree.roots));
  }, [tree.roots, excluded]);
  return (
    <TreeSelect
      treeData={data}
      value={props.value}
      onChange={(v: string | string[] | undefined) => (props.multiple ? props.onChange?.((v as string[] | undefined) ?? []) : props.onChange?.(v as string | undefined))}
      // Plain multiple choice, not checkboxes: picking a unit must not bring the units under it along.
      multiple={props.multiple}
      allowClear={props.allowClear}
      showSearch={{ treeNodeFilterProp: 'title' }}
      treeDefaultExpandedKeys={tree.roots.map((r) => r.key)}
      placeholder={props.placeholder}
      popupMatchSelectWidth={false}
      style={{ width: props.width ?? '100%' }}
      data-testid={props.testId}
    />
  );
}
