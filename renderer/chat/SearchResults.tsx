import { Empty, Spin } from 'antd';
import { useApiQuery } from '../api/useApiQuery';
import { useNavigation } from '../app/navigation';
import { errorText } from '../common/errors';
import { listTime } from '../common/format';
import { PersonAvatar } from '../common/PersonAvatar';

function Highlight({ text, q }: { text: string; q: string }) {
  const i = text.toLowerCase().indexOf(q.toLowerCase());
  if (i < 0) return <>{text}</>;
  return (
    <>
      {text.slice(0, i)}
      <mark>{text.slice(i, i + q.length)}</mark>
      {text.slice(i + q.length)}
    </>
  );
}

/** Full-text results from the core's index; a click opens the chat scrolled to the message. */
export function SearchResults({ q, onPicked }: { q: string; onPicked: () => void }) {
  const { openConversation } = useNavigation();
  const open = (message: { conversationId: string; id: string; seq: number }) => {
    openConversation(message.conversationId, { id: message.id, seq: message.seq });
    onPicked();
  };
  const hits = useApiQuery('chat', (api) => api.chat.search({ q, limit: 100 }), [q]);
  if (hits.error) return <div className="xt-empty-pad xt-error">{errorText(hits.error)}</div>;
  if (!hits.data) return <Spin className="xt-center" />;
  if (hits.data.length === 0) return <Empty className="xt-empty-pad" description={`没有找到“${q}”相关的消息`} />;
  return (
    <div className="xt-scroll" role="list" aria-label="搜索结果" data-testid="search-results">
      <div className="xt-search-caption">共 {hits.data.length} 条相关消息</div>
      {hits.data.map((hit) => (
        <div
          key={hit.message.id}
          role="listitem"
          tabIndex={0}
          className="xt-conv-item"
          data-testid="search-hit"
          data-conversation-id={hit.message.conversationId}
          onClick={() => open(hit.message)}
          onKeyDown={(e) => {
            if (e.key === 'Enter') open(hit.message);
          }}
        >
          <PersonAvatar name={hit.senderName || hit.conversationTitle} id={hit.message.senderId} size={36} />
          <div className="xt-conv-text">
            <div className="xt-conv-line">
              <span className="xt-conv-title">{hit.conversationTitle}</span>
              <span className="xt-conv-time">{listTime(hit.message.createdAt)}</span>
            </div>
            <div className="xt-conv-preview">
              {hit.senderName ? `${hit.senderName}：` : ''}
              <Highlight text={hit.message.notice?.title ? `${hit.message.notice.title} ${hit.message.text}` : hit.message.text || hit.message.file?.name || ''} q={q} />
            </div>
          </div>
        </div>
      ))}
    </div>
  );
}
