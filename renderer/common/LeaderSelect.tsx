import { Select } from 'antd';
import { useState } from 'react';
import type { Person } from '../../shared/directory/schemas';
import { useApiQuery } from '../api/useApiQuery';
import { usePeopleLookup } from '../api/usePeople';
import { useDirectoryTree } from '../directory/useDirectoryTree';

const isLeader = (p: Person) => p.roles.includes('leader') && !p.disabled;

/** "张三 · 市长": the post says which leader it is when two share a name. */
function leaderLabel(p: Person): string {
  const title = p.posts[0]?.title;
  return title ? `${p.name} · ${title}` : p.name;
}

/**
 * One leader (批示领导): the top government's leaders are offered at once, anyone else with the
 * leader role by typing a name, pinyin or post.
 */
export function LeaderSelect({ value, onChange, testId, placeholder = '批示领导', width, allowClear = true }: { value?: string; onChange?: (id: string | undefined) => void; testId: string; placeholder?: string; width?: number; allowClear?: boolean }) {
  const tree = useDirectoryTree();
  const person = usePeopleLookup();
  const [q, setQ] = useState('');
  const rootIds = tree.roots.map((r) => r.key);
  const top = useApiQuery('directory', async (api) => (await Promise.all(rootIds.map((orgId) => api.directory.orgMembers({ orgId, includeDisabled: false })))).flat(), [rootIds.join(',')]);
  const term = q.trim();
  const found = useApiQuery('directory', (api) => (term ? api.directory.search({ q: term, limit: 100, includeDisabled: false }) : Promise.resolve([])), [term]);
  const offered = (term ? (found.data ?? []) : (top.data ?? [])).filter(isLeader);
  const current = value ? person(value) : undefined;
  const options = [...(current && !offered.some((p) => p.id === current.id) ? [current] : []), ...offered].map((p) => ({ value: p.id, label: leaderLabel(p) }));
  return (
    <Select
      showSearch={{ filterOption: false, onSearch: setQ }}
      allowClear={allowClear}
      value={value}
      onChange={(id: string | undefined) => {
        onChange?.(id);
        setQ('');
      }}
      options={options}
      loading={top.loading || found.loading}
      notFoundContent={term ? '没有匹配的领导' : '输入姓名搜索领导'}
      placeholder={placeholder}
      style={{ width: width ?? '100%' }}
      data-testid={testId}
    />
  );
}
