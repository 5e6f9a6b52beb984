import { useVirtualizer } from '@tanstack/react-virtual';
import { Empty, Spin, Tag } from 'antd';
import { useRef } from 'react';
import type { Org, Person } from '../../shared/directory/schemas';
import { useApiQuery } from '../api/useApiQuery';
import { PersonAvatar } from '../common/PersonAvatar';
import { postLine } from './primaryPost';

const ROW = 56;

/** Virtualised member list; big departments and broad searches stay smooth. */
export function PeopleList({ people, orgs, orgId, selected, onSelect }: { people: Person[] | undefined; orgs: Map<string, Org>; orgId: string | null; selected: string | null; onSelect: (id: string) => void }) {
  const parent = useRef<HTMLDivElement>(null);
  const presence = useApiQuery('presence', (api) => api.chat.presence({}));
  const online = new Set(presence.data?.online ?? []);
  const list = people ?? [];
  const virtualizer = useVirtualizer({ count: list.length, getScrollElement: () => parent.current, estimateSize: () => ROW, overscan: 10, getItemKey: (i) => list[i]?.id ?? i });
  if (!people) return <Spin className="xt-center" />;
  if (people.length === 0) return <Empty className="xt-empty-pad" description="没有人员" />;
  return (
    <div ref={parent} className="xt-scroll" role="list" aria-label="人员列表" data-testid="people-list">
      <div style={{ height: virtualizer.getTotalSize(), position: 'relative' }}>
        {virtualizer.getVirtualItems().map((row) => {
          const p = list[row.index];
          if (!p) return null;
          return (
            <div
              key={row.key}
              role="listitem"
              tabIndex={0}
              className={`xt-person-row${p.id === selected ? ' active' : ''}`}
              style={{ position: 'absolute', top: 0, left: 0, right: 0, height: ROW, transform: `translateY(${row.start}px)` }}
              onClick={() => onSelect(p.id)}
              onKeyDown={(e) => {
                if (e.key === 'Enter') onSelect(p.id);
              }}
              data-testid="person-row"
              data-person-id={p.id}
            >
              <PersonAvatar name={p.name} id={p.id} size={36} online={online.has(p.id)} />
              <div className="xt-conv-text">
                <div className="xt-conv-title">
                  {p.name}
                  {p.disabled && (
                    <Tag color="default" style={{ marginLeft: 6 }}>
                      已停用
                    </Tag>
                  )}
                </div>
                <div className="xt-conv-preview">{postLine(p, orgs, orgId)}</div>
              </div>
            </div>
          );
        })}
      </div>
    </div>
  );
}
