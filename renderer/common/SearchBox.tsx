import { SearchOutlined } from '@ant-design/icons';
import { Input } from 'antd';
import { useEffect, useState } from 'react';

/**
 * A list's search box: what is typed settles for 300 ms (or Enter) before the list asks again, so
 * each keystroke does not cost a query.
 */
export function SearchBox({ value, onSearch, placeholder, width, label, testId }: { value: string; onSearch: (q: string) => void; placeholder: string; width: number; label: string; testId: string }) {
  const [q, setQ] = useState(value);
  useEffect(() => setQ(value), [value]);
  useEffect(() => {
    if (q === value) return;
    const t = setTimeout(() => onSearch(q), 300);
    return () => clearTimeout(t);
  }, [q, value, onSearch]);
  return (
    <Input
      allowClear
      prefix={<SearchOutlined />}
      placeholder={placeholder}
      value={q}
      onChange={(e) => setQ(e.target.value)}
      onPressEnter={() => onSearch(q)}
      style={{ width }}
      aria-label={label}
      data-testid={testId}
    />
  );
}
