import { FileAddOutlined, PictureOutlined, SmileOutlined } from '@ant-design/icons';
import { App, Button, Input, Tooltip } from 'antd';
import type { TextAreaRef } from 'antd/es/input/TextArea';
import { useEffect, useMemo, useRef, useState, type ClipboardEvent, type KeyboardEvent } from 'react';
import type { ConversationSummary } from '../../shared/desktop-api';
import { MAX_TEXT_LENGTH, MENTION_ALL } from '../../shared/messages/schemas';
import { useApi } from '../api/context';
import { usePeopleLookup } from '../api/usePeople';
import { useMe } from '../app/session';
import { useAction } from '../common/useAction';
import { activeMention, ALL_LABEL, filterCandidates, mentionsIn, type MentionCandidate } from './mentions';
import { MentionDropdown } from './MentionDropdown';

/** Unsent text per chat, kept while switching between chats. */
const drafts = new Map<string, string>();

/** Enter sends, Shift+Enter is a new line; @ in a group picks people; files by button or paste. */
export function Composer({ summary, onSent, sendFiles }: { summary: ConversationSummary; onSent: () => void; sendFiles: (files: File[]) => void }) {
  const api = useApi();
  const me = useMe();
  const person = usePeopleLookup();
  const { message } = App.useApp();
  const run = useAction();
  const [text, setText] = useState(() => drafts.get(summary.id) ?? '');
  const [mention, setMention] = useState<{ start: number; query: string } | null>(null);
  const [active, setActive] = useState(0);
  const [sending, setSending] = useState(false);
  const picked = useRef(new Map<string, string>());
  const area = useRef<TextAreaRef>(null);
  const fileInput = useRef<HTMLInputElement>(null);
  const imageInput = useRef<HTMLInputElement>(null);
  const isGroup = summary.kind === 'group';

  useEffect(() => {
    drafts.set(summary.id, text);
  }, [summary.id, text]);
  useEffect(() => {
    area.current?.focus();
  }, [summary.id]);

  const all: MentionCandidate[] = useMemo(() => {
    if (!isGroup) return [];
    const list: MentionCandidate[] = [];
    if (summary.ownerId === me.id) list.push({ id: MENTION_ALL, name: ALL_LABEL });
    for (const id of summary.memberIds) {
      if (id === me.id) continue;
      const p = person(id);
      if (p) list.push({ id, name: p.name, person: p });
    }
    return list;
  }, [isGroup, summary.ownerId, summary.memberIds, me.id, person]);
  const candidates = mention ? filterCandidates(all, mention.query) : [];
  const open = mention !== null && candidates.length > 0;

  const textarea = () => area.current?.resizableTextArea?.textArea;

  const updateMention = (value: string, caret: number) => {
    if (!isGroup) return;
    const m = activeMention(value, caret);
    setMention(m);
    setActive(0);
  };

  const pick = (c: MentionCandidate) => {
    if (!mention) return;
    const el = textarea();
    const caret = el?.selectionStart ?? text.length;
    const insert = `@${c.name} `;
    const next = text.slice(0, mention.start) + insert + text.slice(caret);
    picked.current.set(c.name, c.id);
    setText(next);
    setMention(null);
    const pos = mention.start + insert.length;
    requestAnimationFrame(() => {
      el?.focus();
      el?.setSelectionRange(pos, pos);
    });
  };

  const send = async () => {
    const body = text.trim();
    if (!body || sending) return;
    if (body.length > MAX_TEXT_LENGTH) {
      void message.error(`消息不能超过 ${MAX_TEXT_LENGTH} 字`);
      return;
    }
    setSending(true);
    if (await run(null, () => api.chat.send({ conversationId: summary.id, text: body, mentions: isGroup ? mentionsIn(body, picked.current) : [] }))) {
      setText('');
      picked.current.clear();
      onSent();
    }
    setSending(false);
    area.current?.focus();
  };

  const onKeyDown = (e: KeyboardEvent<HTMLTextAreaElement>) => {
    if (e.nativeEvent.isComposing || e.keyCode === 229) return;
    if (open) {
      if (e.key === 'ArrowDown' || e.key === 'ArrowUp') {
        e.preventDefault();
        const n = candidates.length;
        setActive((i) => (e.key === 'ArrowDown' ? (i + 1) % n : (i - 1 + n) % n));
        return;
      }
      if (e.key === 'Enter' || e.key === 'Tab') {
        e.preventDefault();
        const c = candidates[active];
        if (c) pick(c);
        return;
      }
      if (e.key === 'Escape') {
        e.preventDefault();
        setMention(null);
        return;
      }
    }
    if (e.key === 'Enter' && !e.shiftKey && !e.ctrlKey && !e.altKey && !e.metaKey) {
      e.preventDefault();
      void send();
    }
  };

  const onPaste = (e: ClipboardEvent<HTMLTextAreaElement>) => {
    const files = Array.from(e.clipboardData.files);
    if (files.length > 0) {
      e.preventDefault();
      sendFiles(files);
    }
  };

  const chosen = (input: HTMLInputElement | null) => {
    if (!input?.files) return;
    sendFiles(Array.from(input.files));
    input.value = '';
  };

  return (
    <div className="xt-composer" data-testid="composer">
      {open && <MentionDropdown candidates={candidates} active={active} onPick={pick} onHover={setActive} />}
      <div className="xt-composer-tools">
        <Tooltip title="表情（即将上线）">
          <Button type="text" icon={<SmileOutlined />} disabled aria-label="表情" />
        </Tooltip>
        <Tooltip title="发送图片">
          <Button type="text" icon={<PictureOutlined />} onClick={() => imageInput.current?.click()} aria-label="发送图片" data-testid="send-image" />
        </Tooltip>
        <Tooltip title="发送文件">
          <Button type="text" icon={<FileAddOutlined />} onClick={() => fileInput.current?.click()} aria-label="发送文件" data-testid="send-file" />
        </Tooltip>
        {isGroup && (
          // Hidden while the @ list is up: the tip would sit over the names being picked.
          <Tooltip title="提醒谁看（@）" open={open ? false : undefined}>
            <Button
              type="text"
              aria-label="@提醒"
              data-testid="mention-button"
              onClick={() => {
                const el = textarea();
                const caret = el?.selectionStart ?? text.length;
                const next = `${text.slice(0, caret)}@${text.slice(caret)}`;
                setText(next);
                setMention({ start: caret, query: '' });
                setActive(0);
                requestAnimationFrame(() => {
                  el?.focus();
                  el?.setSelectionRange(caret + 1, caret + 1);
                });
              }}
            >
              @
            </Button>
          </Tooltip>
        )}
        <input ref={imageInput} type="file" accept="image/*" multiple hidden onChange={(e) => chosen(e.currentTarget)} data-testid="image-input" />
        <input ref={fileInput} type="file" multiple hidden onChange={(e) => chosen(e.currentTarget)} data-testid="file-input" />
      </div>
      <Input.TextArea
        ref={area}
        value={text}
        variant="borderless"
        autoSize={{ minRows: 3, maxRows: 8 }}
        placeholder={isGroup ? '输入消息，@ 提醒群成员' : '输入消息'}
        onChange={(e) => {
          setText(e.target.value);
          updateMention(e.target.value, e.target.selectionStart ?? e.target.value.length);
        }}
        onKeyDown={onKeyDown}
        onClick={(e) => updateMention(text, e.currentTarget.selectionStart ?? text.length)}
        onBlur={() => setMention(null)}
        onPaste={onPaste}
        aria-label="输入消息"
        data-testid="composer-input"
      />
      <div className="xt-composer-foot">
        <span className="xt-muted xt-small">Enter 发送，Shift+Enter 换行</span>
        <Button type="primary" onClick={() => void send()} disabled={!text.trim()} loading={sending} data-testid="send-button" aria-label="发送">
          发送
        </Button>
      </div>
    </div>
  );
}
