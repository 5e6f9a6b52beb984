import { Descriptions, Tag, type DescriptionsProps } from 'antd';
import type { ReactNode } from 'react';
import { roleLabels, type Org, type Person } from '../../shared/directory/schemas';
import { PersonAvatar } from '../common/PersonAvatar';
import { orgPath } from './orgTree';

/**
 * A person's head (avatar, name, account, 已停用 and role tags) over their posts, one line per
 * department, then whatever `items` the caller adds (contact, server). Serves 名片 and 我的.
 */
export function PersonDetails({ person: p, orgs, nameExtra, items = [] }: { person: Person; orgs: Map<string, Org>; nameExtra?: ReactNode; items?: DescriptionsProps['items'] }) {
  return (
    <>
      <div className="xt-person-card-head">
        <PersonAvatar name={p.name} id={p.id} size={64} />
        <div>
          <div className="xt-person-name">
            {p.name}
            {nameExtra}
          </div>
          <div className="xt-muted">账号：{p.username}</div>
          <div>
            {p.disabled && <Tag>已停用</Tag>}
            {p.roles.map((r) => (
              <Tag key={r} color="blue">
                {roleLabels[r]}
              </Tag>
            ))}
          </div>
        </div>
      </div>
      <Descriptions
        column={1}
        size="small"
        className="xt-person-desc"
        items={[
          ...p.posts.map((post, i) => ({
            key: `post-${i}`,
            label: i === 0 ? '部门职务' : ' ',
            children: (
              <span data-testid="person-post">
                {orgPath(orgs, post.orgId) || (orgs.size === 0 ? '…' : '（未知部门）')}
                {post.title && <span className="xt-muted"> · {post.title}</span>}
              </span>
            ),
          })),
          ...items,
        ]}
      />
    </>
  );
}
