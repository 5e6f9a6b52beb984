import { EditorContent, useEditor, type JSONContent } from '@tiptap/react';
import StarterKit from '@tiptap/starter-kit';
import type { BodyNode } from '../../../shared/documents/records';

/** A body kept as ProseMirror JSON (a 收文 as received), shown with the same schema it was written in. */
export function ReadOnlyBody({ body, testId = 'doc-body-readonly' }: { body: BodyNode; testId?: string }) {
  const editor = useEditor(
    {
      extensions: [StarterKit],
      content: body as JSONContent,
      editable: false,
      editorProps: { attributes: { class: 'xt-doc-prose', 'aria-label': '正文', 'data-testid': testId } },
    },
    [JSON.stringify(body)],
  );
  return <EditorContent editor={editor} />;
}
