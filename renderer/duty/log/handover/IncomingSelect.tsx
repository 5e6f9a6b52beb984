import { Select } from 'antd';
import { useState } from 'react';
import { useApiQuery } from '../../../api/useApiQuery';
import { usePeopleLookup } from '../../../api/usePeople';

/**
 * 接班人: the next shift's people are offered first, then the unit's own people; anyone else by
 * typing a name or pinyin (a 带班领导 from another office, a substitute).
 */
export function IncomingSelect({ value = [], onChange, unitId, suggested, testId }: { value?: string[]; onChange?: (ids: string[]) => void; unitId: string; suggested: { id: string; name: string }[]; testId: string }) {
  const person = usePeopleLookup();
  const [q, setQ] = useState('');
  const term = q.trim();
  const members = useApiQuery('directory', (api) => api.directory.orgMembers({ orgId: unitId, includeDisabled: false }), [unitId]);
  const found = useApiQuery('directory', (api) => (term ? api.directory.search({ q: term, limit: 50, includeDisabled: false }) : Promise.resolve([])), [term]);
  const offered = term ? (found.data ?? []) : [...suggested, ...(members.data ?? [])];
  const seen = new Set<string>();
  const options = [...value.map((id) => ({ id, name: person(id)?.name ?? '…' })), ...offered]
    .filter((p) => !seen.has(p.id) && seen.add(p.id))
    .map((p) => ({ value: p.id, label: suggested.some((s) => s.id === p.id) ? `${p.name}（下一班）` : p.name }));
  return (
    <Select
      mode="multiple"
      showSearch={{ filterOption: false, onSearch: setQ, searchValue: q }}
      value={value}
      onChange={(ids: string[]) => {
        onChange?.(ids);
        setQ('');
      }}
      options={options}
      loading={members.loading || found.loading}
      notFoundContent={term ? '没有匹配的人员' : '输入姓名搜索'}
      placeholder="接班人"
      data-testid={testId}
    />
  );
}
