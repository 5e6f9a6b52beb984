import * as Y from 'yjs';
import type { BodyNode } from './records';

/** The Y.XmlFragment of a body document that TipTap's collaboration extension edits. */
export const bodyFragmentName = 'default';

/** The inline node that breaks a line inside a paragraph (TipTap's HardBreak). */
export const hardBreakNodeName = 'hardBreak';

// y-prosemirror stores a mark that may occur several times with different attributes (a link)
// under its name plus "--" and an 8-character hash.
const hashedMarkName = /(.*)(--[a-zA-Z0-9+/=]{8})$/;

/** A body's Yjs fragment as ProseMirror JSON, read the way y-prosemirror writes it. */
export function bodyFromFragment(fragment: Y.XmlFragment): BodyNode {
  return { type: 'doc', content: contentOf(fragment.toArray()) };
}

/**
 * Adjacent text with the same marks comes out as one node, as ProseMirror itself would hold it,
 * so two bodies that read the same give the same JSON (a seal signs it).
 */
function contentOf(children: (Y.XmlElement | Y.XmlText | Y.XmlHook)[]): BodyNode[] {
  const content: BodyNode[] = [];
  for (const node of children.flatMap(nodesOf)) {
    const last = content.at(-1);
    if (last?.text !== undefined && node.text !== undefined && JSON.stringify(last.marks) === JSON.stringify(node.marks)) {
      content[content.length - 1] = { ...last, text: last.text + node.text };
    } else {
      content.push(node);
    }
  }
  return content;
}

function nodesOf(child: Y.XmlElement | Y.XmlText | Y.XmlHook): BodyNode[] {
  if (child instanceof Y.XmlText) return (child.toDelta() as TextDelta[]).flatMap(textNode);
  if (!(child instanceof Y.XmlElement)) return [];
  const node: BodyNode = { type: child.nodeName };
  const attrs = child.getAttributes();
  if (Object.keys(attrs).length > 0) node.attrs = attrs;
  const content = contentOf(child.toArray());
  if (content.length > 0) node.content = content;
  return [node];
}

interface TextDelta {
  insert: unknown;
  attributes?: Record<string, unknown>;
}

function textNode(op: TextDelta): BodyNode[] {
  if (typeof op.insert !== 'string') return [];
  const node: BodyNode = { type: 'text', text: op.insert };
  if (op.attributes) {
    node.marks = Object.entries(op.attributes).map(([name, value]) => {
      const mark: NonNullable<BodyNode['marks']>[number] = { type: hashedMarkName.exec(name)?.[1] ?? name };
      if (isNonEmptyObject(value)) mark.attrs = value;
      return mark;
    });
  }
  return [node];
}

function isNonEmptyObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && Object.keys(value).length > 0;
}

/**
 * A body as plain text, for search and for comparing versions: text in order, a hard break as a
 * line break, and a line break before every block but the first among its siblings (so top-level
 * paragraphs come out one per line, and so do the paragraphs nested in a list).
 */
export function bodyPlainText(body: BodyNode): string {
  if (body.text !== undefined) return body.text;
  if (body.type === hardBreakNodeName) return '\n';
  return (body.content ?? []).map((child, index) => (index > 0 && !isInline(child) ? '\n' : '') + bodyPlainText(child)).join('');
}

function isInline(node: BodyNode): boolean {
  return node.type === 'text' || node.type === hardBreakNodeName;
}
