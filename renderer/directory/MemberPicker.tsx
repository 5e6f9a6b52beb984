import { CloseOutlined, SearchOutlined } from '@ant-design/icons';
import { Button, Checkbox, Empty, Input, Modal, Spin, Tag } from 'antd';
import { useEffect, useState } from 'react';
import type { Person } from '../../shared/directory/schemas';
import { PersonAvatar } from '../common/PersonAvatar';
import { OrgTreeView } from './OrgTreeView';
import { postLine } from './primaryPost';
import { useDirectoryTree } from './useDirectoryTree';
import { useOrgMembers, usePeopleSearch } from './usePeopleSearch';

export interface MemberPickerProps {
  open: boolean;
  title: string;
  /** Already in the chat (shown ticked and fixed), or me. */
  excludeIds?: string[];
  /** Single: picking one person finishes at once (新建单聊). */
  single?: boolean;
  askTitle?: boolean;
  okText?: string;
  /** The button on each person in single mode: what picking them does. */
  pickText?: string;
  onOk: (people: Person[], title: string) => void | Promise<void>;
  onCancel: () => void;
}

/** Pick people from the org tree or by search; used for new chats and adding group members. */
export function MemberPicker({ open, title, excludeIds = [], single, askTitle, okText = '确定', pickText = '发消息', onOk, onCancel }: MemberPickerProps) {
  const tree = useDirectoryTree();
  const [orgId, setOrgId] = useState<string | null>(null);
  const [q, setQ] = useState('');
  const [picked, setPicked] = useState<Person[]>([]);
  const [groupTitle, setGroupTitle] = useState('');
  const [busy, setBusy] = useState(false);
  const members = useOrgMembers(orgId);
  const search = usePeopleSearch(q);

  useEffect(() => {
    if (open) {
      setPicked([]);
      setQ('');
      setGroupTitle('');
    }
  }, [open]);
  useEffect(() => {
    if (!orgId && tree.roots[0]) setOrgId(tree.roots[0].key);
  }, [orgId, tree.roots]);

  const shown = (search.active ? search.results : members)?.filter((p) => !p.disabled);
  const isPicked = (id: string) => picked.some((p) => p.id === id);

  const finish = async (people: Person[]) => {
    setBusy(true);
    try {
      await onOk(people, groupTitle.trim());
    } finally {
      setBusy(false);
    }
  };

  const toggle = (person: Person) => {
    if (single) {
      void finish([person]);
      return;
    }
    setPicked((cur) => (cur.some((p) => p.id === person.id) ? cur.filter((p) => p.id !== person.id) : [...cur, person]));
  };

  return (
    <Modal
      open={open}
      title={title}
      width={820}
      onCancel={onCancel}
      destroyOnHidden
      footer={
        single ? null : (
          <Button type="primary" disabled={picked.length === 0} loading={busy} onClick={() => void finish(picked)} data-testid="member-picker-ok">
            {okText}
            {picked.length > 0 ? `（${picked.length}）` : ''}
          </Button>
        )
      }
      data-testid="member-picker"
    >
      <div className="xt-picker" data-testid="member-picker-body">
        <div className="xt-picker-left">
          <Input allowClear prefix={<SearchOutlined />} placeholder="搜索姓名、拼音、手机号、部门" value={q} onChange={(e) => setQ(e.target.value)} aria-label="搜索成员" data-testid="member-picker-search" autoFocus />
          <div className="xt-picker-columns">
            {!search.active && (
              <div className="xt-picker-tree">
                <OrgTreeView roots={tree.roots} loaded={tree.loaded} selected={orgId} onSelect={setOrgId} showCounts={false} />
              </div>
            )}
            <div className="xt-picker-people" role="list" aria-label="可选成员">
              {!shown ? (
                <Spin className="xt-center" />
              ) : shown.length === 0 ? (
                <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={search.active ? '没有匹配的人员' : '该部门暂无人员'} />
              ) : (
                shown.map((p) => {
                  const fixed = excludeIds.includes(p.id);
                  const body = (
                    <>
                      {!single && <Checkbox checked={fixed || isPicked(p.id)} disabled={fixed} onChange={() => toggle(p)} />}
                      <PersonAvatar name={p.name} id={p.id} size={30} />
                      <span className="xt-picker-name">
                        {p.name}
                        <span className="xt-muted xt-small"> {postLine(p, tree.orgs, search.active ? null : orgId)}</span>
                      </span>
                      {single && !fixed && (
                        <Button size="small" loading={busy}>
                          {pickText}
                        </Button>
                      )}
                    </>
                  );
                  const common = { className: `xt-picker-person${fixed ? ' fixed' : ''}`, role: 'listitem', 'data-testid': 'member-picker-person', 'data-person-id': p.id };
                  return single ? (
                    <div key={p.id} {...common} onClick={fixed || busy ? undefined : () => toggle(p)}>
                      {body}
                    </div>
                  ) : (
                    <label key={p.id} {...common}>
                      {body}
                    </label>
                  );
                })
              )}
            </div>
          </div>
        </div>
        {!single && (
          <div className="xt-picker-right">
            {askTitle && <Input placeholder="群名称（可选）" value={groupTitle} maxLength={64} onChange={(e) => setGroupTitle(e.target.value)} aria-label="群名称" data-testid="member-picker-title" style={{ marginBottom: 8 }} />}
            <div className="xt-muted xt-small">已选 {picked.length} 人</div>
            <div className="xt-picker-picked" data-testid="member-picker-picked">
              {picked.map((p) => (
                <Tag key={p.id} closable closeIcon={<CloseOutlined />} onClose={() => toggle(p)}>
                  {p.name}
                </Tag>
              ))}
            </div>
          </div>
        )}
      </div>
    </Modal>
  );
}
