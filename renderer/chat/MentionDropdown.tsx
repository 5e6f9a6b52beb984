import { TeamOutlined } from '@ant-design/icons';
import { Avatar } from 'antd';
import { useEffect, useRef } from 'react';
import { PersonAvatar } from '../common/PersonAvatar';
import type { MentionCandidate } from './mentions';
import { MENTION_ALL } from '../../shared/messages/schemas';

/** The list that pops up above the composer while typing @ in a group. */
export function MentionDropdown({ candidates, active, onPick, onHover }: { candidates: MentionCandidate[]; active: number; onPick: (c: MentionCandidate) => void; onHover: (i: number) => void }) {
  const box = useRef<HTMLDivElement>(null);
  useEffect(() => {
    box.current?.querySelector('.active')?.scrollIntoView({ block: 'nearest' });
  }, [active]);
  if (candidates.length === 0) return null;
  return (
    <div ref={box} className="xt-mention-dropdown" role="listbox" aria-label="选择要提醒的人" data-testid="mention-picker">
      {candidates.map((c, i) => (
        <div
          key={c.id}
          role="option"
          aria-selected={i === active}
          className={`xt-mention-option${i === active ? ' active' : ''}`}
          onMouseDown={(e) => {
            e.preventDefault();
            onPick(c);
          }}
          onMouseEnter={() => onHover(i)}
          data-testid="mention-option"
          data-person-id={c.id}
        >
          {c.id === MENTION_ALL ? <Avatar shape="square" size={24} icon={<TeamOutlined />} style={{ background: '#fa8c16' }} /> : <PersonAvatar name={c.name} id={c.id} size={24} />}
          <span>{c.name}</span>
        </div>
      ))}
    </div>
  );
}
