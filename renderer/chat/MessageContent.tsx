import type { LocalMessage } from '../../shared/desktop-api';
import { FileCard } from './FileCard';
import { ImageThumb } from './ImageThumb';

/** Text with @mentions highlighted. */
function RichText({ text, highlight }: { text: string; highlight: boolean }) {
  if (!highlight) return <span className="xt-text">{text}</span>;
  const parts = text.split(/(@[^\s@]{1,20})/g);
  return (
    <span className="xt-text">
      {parts.map((part, i) =>
        part.startsWith('@') ? (
          <span key={i} className="xt-at">
            {part}
          </span>
        ) : (
          part
        ),
      )}
    </span>
  );
}

export function MessageContent({ message: m }: { message: LocalMessage }) {
  if (m.kind === 'image' && m.file) return <ImageThumb file={m.file} />;
  if (m.kind === 'file' && m.file) return <FileCard file={m.file} />;
  return <RichText text={m.text} highlight={m.mentions.length > 0} />;
}
