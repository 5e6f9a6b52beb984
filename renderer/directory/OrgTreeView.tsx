import { ApartmentOutlined, BankOutlined } from '@ant-design/icons';
import { Spin, Tree } from 'antd';
import type { DataNode } from 'antd/es/tree';
import { useMemo } from 'react';
import type { OrgNode } from './orgTree';

function toData(nodes: OrgNode[], showCounts: boolean): DataNode[] {
  return nodes.map((n) => ({
    key: n.key,
    title: (
      <span data-testid="org-node" data-org-id={n.key}>
        {n.title}
        {showCounts && <span className="xt-muted xt-count"> ({n.count})</span>}
      </span>
    ),
    icon: n.org.kind === 'unit' ? <BankOutlined /> : <ApartmentOutlined />,
    children: toData(n.children, showCounts),
  }));
}

/** The org tree (单位 / 处室) with member counts; selecting a node picks that org. */
export function OrgTreeView({ roots, loaded, selected, onSelect, showCounts = true }: { roots: OrgNode[]; loaded: boolean; selected: string | null; onSelect: (id: string) => void; showCounts?: boolean }) {
  const data = useMemo(() => toData(roots, showCounts), [roots, showCounts]);
  const expanded = useMemo(() => roots.map((r) => r.key), [roots]);
  if (!loaded) return <Spin className="xt-center" />;
  return (
    <Tree
      showIcon
      blockNode
      treeData={data}
      defaultExpandedKeys={expanded}
      selectedKeys={selected ? [selected] : []}
      onSelect={(keys) => {
        const k = keys[0];
        if (k !== undefined) onSelect(String(k));
      }}
      aria-label="组织架构"
      data-testid="org-tree"
    />
  );
}
