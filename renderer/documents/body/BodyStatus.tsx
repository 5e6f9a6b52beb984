import { Avatar, Tag, Tooltip } from 'antd';
import { useEffect, useState } from 'react';
import { useMe } from '../../app/session';
import { PersonAvatar } from '../../common/PersonAvatar';
import { collaboratorsFrom, type Collaborator } from '../collaborators';
import type { BodySync, BodySyncState } from './bodySync';

function SyncTag({ state, editable }: { state: BodySyncState; editable: boolean }) {
  const common = { 'data-testid': 'doc-sync-state', 'data-status': state.status };
  switch (state.status) {
    case 'synced':
      return <Tag color="success" {...common}>已同步</Tag>;
    case 'offline':
      return <Tag color="warning" {...common}>{editable ? '离线编辑中' : '离线'}</Tag>;
    case 'refused':
      return (
        <Tooltip title={state.problem}>
          <Tag color="error" {...common}>无法连接正文</Tag>
        </Tooltip>
      );
    default:
      return <Tag color="processing" {...common}>连接中</Tag>;
  }
}

function useCollaborators(sync: BodySync): Collaborator[] {
  const me = useMe();
  const [people, setPeople] = useState<Collaborator[]>([]);
  useEffect(() => {
    const read = () => setPeople(collaboratorsFrom(sync.awareness.getStates(), me.id));
    read();
    sync.awareness.on('change', read);
    return () => sync.awareness.off('change', read);
  }, [sync, me.id]);
  return people;
}

/** Who is in the body right now (awareness), and whether my copy is in step with the server. */
export function BodyStatus({ sync, state, editable }: { sync: BodySync; state: BodySyncState; editable: boolean }) {
  const people = useCollaborators(sync);
  return (
    <div className="xt-doc-body-status">
      <span className="xt-muted xt-small">正文{editable ? '' : '（只读）'}</span>
      <Avatar.Group max={{ count: 6 }} size={24} data-testid="doc-collaborators">
        {people.map((p) => (
          <Tooltip key={p.id} title={`${p.name} 正在查看或编辑`}>
            <span data-testid="doc-collaborator" data-person-id={p.id} style={{ display: 'inline-flex', borderBottom: `2px solid ${p.color}` }}>
              <PersonAvatar name={p.name} id={p.id} size={24} />
            </span>
          </Tooltip>
        ))}
      </Avatar.Group>
      <span className="xt-grow" />
      <SyncTag state={state} editable={editable} />
    </div>
  );
}
