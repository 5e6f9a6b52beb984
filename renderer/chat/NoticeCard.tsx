import { NotificationOutlined, RightOutlined } from '@ant-design/icons';
import type { LocalMessage } from '../../shared/desktop-api';

/** A 工作通知: title, which system sent it, the text, and a link onward. */
export function NoticeCard({ message: m }: { message: LocalMessage }) {
  const notice = m.notice;
  const safeLink = notice?.link && /^https?:\/\//i.test(notice.link) ? notice.link : null;
  return (
    <div className="xt-notice-card" data-testid="notice-card">
      <div className="xt-notice-head">
        <NotificationOutlined /> <span className="xt-notice-source">{notice?.source || '工作通知'}</span>
      </div>
      <div className="xt-notice-title">{notice?.title || '通知'}</div>
      {m.text && <div className="xt-notice-text">{m.text}</div>}
      {safeLink && (
        <a className="xt-notice-link" href={safeLink} target="_blank" rel="noopener noreferrer" data-testid="notice-link">
          查看详情 <RightOutlined />
        </a>
      )}
    </div>
  );
}
