import { Select } from 'antd';
import { useEffect, useState } from 'react';
import type { DocumentListItem } from '../../shared/documents/api-types';
import { useApiQuery } from '../api/useApiQuery';

function docLabel(d: DocumentListItem): string {
  const number = d.docNumber ?? d.registerNumber;
  return `${d.title || '（无标题）'}${number ? `（${number}）` : ''}`;
}

/** A 公文 (发文 or 收文) found by its title or 字号, to link an item from 重要文件 to. */
export function DocumentSelect({ value, onChange, testId }: { value?: string; onChange?: (id: string | undefined) => void; testId: string }) {
  const [typed, setTyped] = useState('');
  const [q, setQ] = useState('');
  useEffect(() => {
    const t = setTimeout(() => setQ(typed.trim()), 250);
    return () => clearTimeout(t);
  }, [typed]);
  const docs = useApiQuery(
    'documents',
    async (api) => {
      const query = { q: q || undefined, limit: 20 };
      const [outgoing, incoming] = await Promise.all([api.documents.list({ box: 'outgoing', ...query }), api.documents.list({ box: 'incoming', ...query })]);
      return [...outgoing.items, ...incoming.items].sort((a, b) => b.updatedAt - a.updatedAt);
    },
    [q],
  );
  const [picked, setPicked] = useState<DocumentListItem | null>(null);
  const found = docs.data ?? [];
  const shown = picked && picked.id === value && !found.some((d) => d.id === picked.id) ? [picked, ...found] : found;
  return (
    <Select
      showSearch={{ filterOption: false, onSearch: setTyped }}
      allowClear
      value={value}
      onChange={(id: string | undefined) => {
        setPicked(found.find((d) => d.id === id) ?? null);
        onChange?.(id);
      }}
      options={shown.map((d) => ({ value: d.id, label: docLabel(d) }))}
      loading={docs.loading}
      notFoundContent={docs.loading ? '正在查找…' : '没有匹配的公文'}
      placeholder="按标题或字号查找公文（可不选）"
      data-testid={testId}
    />
  );
}
