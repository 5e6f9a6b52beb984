import { CopyOutlined, RollbackOutlined } from '@ant-design/icons';
import { App, Dropdown, type MenuProps } from 'antd';
import type { ReactNode } from 'react';
import type { LocalMessage } from '../../shared/desktop-api';
import { useApi } from '../api/context';
import { errorText } from '../common/errors';
import { canRecall } from './recall';

/** Right-click menu (复制, 撤回) and the hover 撤回 action beside my recent messages. */
export function MessageActions({ message: m, mine, now, children }: { message: LocalMessage; mine: boolean; now: number; children: ReactNode }) {
  const api = useApi();
  const { message } = App.useApp();
  const recallable = canRecall(m, mine, Date.now() > now ? Date.now() : now);

  const recall = async () => {
    try {
      await api.chat.recall({ messageId: m.id });
    } catch (err) {
      void message.error(`撤回失败：${errorText(err)}`);
    }
  };
  const copy = async () => {
    try {
      await navigator.clipboard.writeText(m.text);
      void message.success('已复制');
    } catch {
      void message.error('复制失败');
    }
  };

  const items: MenuProps['items'] = [];
  if (m.kind === 'text') items.push({ key: 'copy', icon: <CopyOutlined />, label: '复制' });
  if (recallable) items.push({ key: 'recall', icon: <RollbackOutlined />, label: <span data-testid="recall-menu-item">撤回</span> });

  return (
    <div className="xt-msg-actions-wrap">
      <Dropdown
        trigger={['contextMenu']}
        disabled={items.length === 0}
        menu={{
          items,
          onClick: ({ key }) => {
            if (key === 'recall') void recall();
            if (key === 'copy') void copy();
          },
        }}
      >
        {children}
      </Dropdown>
      {recallable && (
        <button type="button" className="xt-hover-action" onClick={() => void recall()} aria-label="撤回" data-testid="recall-action">
          撤回
        </button>
      )}
    </div>
  );
}
