import Collaboration from '@tiptap/extension-collaboration';
import CollaborationCaret from '@tiptap/extension-collaboration-caret';
import { EditorContent, useEditor } from '@tiptap/react';
import StarterKit from '@tiptap/starter-kit';
import { Spin } from 'antd';
import { useEffect, useRef } from 'react';
import { bodyFragmentName } from '../../../shared/documents/body';
import { useMe } from '../../app/session';
import { colorFor } from '../../common/PersonAvatar';
import type { BodySync } from './bodySync';
import { BodyStatus } from './BodyStatus';
import { useBodySync } from './useBodySync';

function CollaborativeProse({ sync, editable }: { sync: BodySync; editable: boolean }) {
  const me = useMe();
  const editor = useEditor(
    {
      extensions: [
        // Collaboration brings its own per-user undo; the plain history would undo others' typing.
        StarterKit.configure({ undoRedo: false }),
        Collaboration.configure({ document: sync.doc, field: bodyFragmentName }),
        CollaborationCaret.configure({ provider: { awareness: sync.awareness }, user: { id: me.id, name: me.name, color: colorFor(me.id) } }),
      ],
      editable,
      editorProps: { attributes: { class: 'xt-doc-prose', 'aria-label': '正文', 'data-testid': 'doc-body-editor' } },
    },
    [sync],
  );
  useEffect(() => {
    if (editor && editor.isEditable !== editable) editor.setEditable(editable);
  }, [editor, editable]);
  return <EditorContent editor={editor} />;
}

/**
 * The 正文, co-edited live. `writable` is the workflow's word (my step, body not frozen);
 * the room's ticket may still say read-only. `workflowKey` changes whenever the step or the
 * assignees do, which is when the right to edit may have changed, so a new ticket is asked for.
 * `revision` changes with the record; a room not yet joined is tried again at once.
 */
export function BodyEditor({ documentId, writable, workflowKey, revision }: { documentId: string; writable: boolean; workflowKey: string; revision: string }) {
  const session = useBodySync(documentId);
  const sync = session?.sync;
  useEffect(() => sync?.nudge(), [sync, revision]);
  const seenKey = useRef(workflowKey);
  useEffect(() => {
    if (seenKey.current === workflowKey) return;
    seenKey.current = workflowKey;
    sync?.refresh();
  }, [sync, workflowKey]);
  const editable = writable && session?.state.access !== 'read';
  return (
    <div className="xt-doc-body" data-testid="doc-body" data-editable={editable}>
      {session && <BodyStatus sync={session.sync} state={session.state} editable={editable} />}
      {session?.ready ? <CollaborativeProse sync={session.sync} editable={editable} /> : <Spin className="xt-center" style={{ minHeight: 120 }} />}
    </div>
  );
}
