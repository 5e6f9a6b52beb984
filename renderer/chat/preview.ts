import type { LocalMessage } from '../../shared/desktop-api';

/** One line describing a message, for the conversation list and notifications. */
export function previewText(m: LocalMessage, senderName: string | undefined, mine: boolean, inGroup: boolean): string {
  if (m.recalledAt) return mine ? '你撤回了一条消息' : `${senderName ?? '对方'}撤回了一条消息`;
  let body: string;
  switch (m.kind) {
    case 'image':
      body = '[图片]';
      break;
    case 'file':
      body = `[文件] ${m.file?.name ?? ''}`;
      break;
    case 'notice':
      body = m.notice?.title ? `${m.notice.title}${m.text ? `：${m.text}` : ''}` : m.text;
      break;
    case 'system':
      return m.text;
    default:
      body = m.text.replace(/\s+/g, ' ');
  }
  if (m.status === 'rejected') body = `[发送失败] ${body}`;
  else if (m.status === 'pending') body = `[发送中] ${body}`;
  if (inGroup && !mine && senderName) return `${senderName}：${body}`;
  return body;
}
