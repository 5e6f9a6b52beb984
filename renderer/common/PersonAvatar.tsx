import { Avatar, Badge } from 'antd';
import type { CSSProperties } from 'react';

const palette = ['#1677ff', '#13a8a8', '#2f54eb', '#fa8c16', '#52c41a', '#722ed1', '#eb2f96', '#1d39c4'];

/** The colour a person is drawn in everywhere: avatar, live caret, tracked changes. */
export function colorFor(seed: string): string {
  let h = 0;
  for (const ch of seed) h = (h * 31 + (ch.codePointAt(0) ?? 0)) >>> 0;
  return palette[h % palette.length] ?? palette[0]!;
}

/** The 钉钉-style name avatar: the last two characters of the name on a stable colour. */
export function PersonAvatar({ name, id, size = 36, online, style }: { name: string | undefined; id?: string | null; size?: number; online?: boolean; style?: CSSProperties }) {
  const label = name ? (name.length > 2 ? name.slice(-2) : name) : '?';
  const avatar = (
    <Avatar shape="square" size={size} style={{ background: colorFor(id ?? name ?? '?'), fontSize: size * 0.36, borderRadius: 6, flex: 'none', ...style }}>
      {label}
    </Avatar>
  );
  if (online === undefined) return avatar;
  return (
    <Badge dot status={online ? 'success' : 'default'} offset={[-3, size - 4]} title={online ? '在线' : '离线'}>
      {avatar}
    </Badge>
  );
}
