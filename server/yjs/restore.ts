import * as Y from 'yjs';
import { bodyFragmentName } from '../../shared/documents/body';
import { attributesAsOf, itemsOf, typeOf, visibleIn } from './as-of';

/**
 * The update that makes a body equal to an earlier version of it, written as a new edit under
 * `clientId`; null when the body already reads as that version. Only what differs is touched:
 * what was added since is deleted and what was deleted since is written again (Yjs cannot
 * undelete), so the rest keeps its authors, and restoring the same version twice changes nothing
 * the second time. `doc` must keep deleted content and is left as it is.
 */
export function restoreUpdate(doc: Y.Doc, version: Y.Snapshot, clientId: number): Uint8Array | null {
  const scratch = new Y.Doc({ gc: false });
  Y.applyUpdate(scratch, Y.encodeStateAsUpdate(doc));
  scratch.clientID = clientId;
  let update: Uint8Array | null = null;
  scratch.on('update', (written: Uint8Array) => (update = written));
  scratch.transact(() => restoreChildren(scratch.getXmlFragment(bodyFragmentName), asOf(version)));
  scratch.destroy();
  return update;
}

type Child = Y.XmlElement | Y.XmlText;

/** A body as one version has it. */
interface View {
  /** Whether the unit at `offset` of the item is there in this version. */
  has(item: Y.Item, offset: number): boolean;
  attributes(element: Y.XmlElement): Record<string, unknown>;
}

const current: View = {
  has: (item) => !item.deleted,
  attributes: (element) => element.getAttributes(),
};

function asOf(version: Y.Snapshot): View {
  return {
    has: (item, offset) => visibleIn(version, item.id.client, item.id.clock + offset),
    attributes: (element) => attributesAsOf(element, version),
  };
}

// Restoring walks the items once, planning edits; each edit is made afterwards at its index in
// the list as the edits before it leave it (editing while walking would split the items walked).
// Between two items both versions have, what only the current body has gives way to what only
// the version has; where the two read the same at either end, the current items stay.

function restoreChildren(parent: Y.XmlFragment | Y.XmlElement, version: View): void {
  const edits: (() => void)[] = [];
  let at = 0;
  let removed: Child[] = [];
  let restored: Child[] = [];
  const replace = () => {
    const [head, tail] = commonEnds(removed.length, restored.length, (i, j) => fingerprint(removed[i]!, current) === fingerprint(restored[j]!, version));
    const start = at + head;
    const removeCount = removed.length - head - tail;
    const copies = restored.slice(head, restored.length - tail).map((child) => copyOf(child, version));
    if (removeCount > 0) edits.push(() => parent.delete(start, removeCount));
    if (copies.length > 0) edits.push(() => parent.insert(start, copies));
    at += restored.length;
    removed = [];
    restored = [];
  };
  for (const item of itemsOf(parent)) {
    const child = typeOf(item);
    if (!(child instanceof Y.XmlElement || child instanceof Y.XmlText)) continue;
    const now = current.has(item, 0);
    const then = version.has(item, 0);
    if (now && then) {
      replace();
      restoreChild(child, version);
      at += 1;
    } else if (now) {
      removed.push(child);
    } else if (then) {
      restored.push(child);
    }
  }
  replace();
  for (const edit of edits) edit();
}

function restoreChild(child: Child, version: View): void {
  if (child instanceof Y.XmlText) {
    restoreText(child, version);
    return;
  }
  const now = current.attributes(child);
  const then = version.attributes(child);
  for (const key of Object.keys(now)) if (!(key in then)) child.removeAttribute(key);
  for (const [key, value] of Object.entries(then)) {
    if (JSON.stringify(now[key]) !== JSON.stringify(value)) child.setAttribute(key, value as string);
  }
  restoreChildren(child, version);
}

// y-prosemirror keeps only strings and formatting marks in an XmlText, never embeds.
function restoreText(text: Y.XmlText, version: View): void {
  const edits: (() => void)[] = [];
  let at = 0;
  let removed = '';
  let restored = '';
  const replace = () => {
    const [head, tail] = commonEnds(removed.length, restored.length, (i, j) => removed[i] === restored[j]);
    const start = at + head;
    const removeCount = removed.length - head - tail;
    const insert = restored.slice(head, restored.length - tail);
    if (removeCount > 0) edits.push(() => text.delete(start, removeCount));
    if (insert.length > 0) edits.push(() => text.insert(start, insert));
    at += restored.length;
    removed = '';
    restored = '';
  };
  for (const item of itemsOf(text)) {
    if (!(item.content instanceof Y.ContentString)) continue;
    const { str } = item.content;
    const now = current.has(item, 0);
    let start = 0;
    while (start < str.length) {
      const then = version.has(item, start);
      let end = start + 1;
      while (end < str.length && version.has(item, end) === then) end++;
      const piece = str.slice(start, end);
      if (now && then) {
        replace();
        at += piece.length;
      } else if (now) {
        removed += piece;
      } else if (then) {
        restored += piece;
      }
      start = end;
    }
  }
  replace();
  for (const edit of edits) edit();
  restoreFormatting(text, version);
}

/** Once the characters are those of the version, gives each the marks it had then. */
function restoreFormatting(text: Y.XmlText, version: View): void {
  const now = charactersOf(text, current);
  const then = charactersOf(text, version);
  let start = 0;
  while (start < then.length) {
    if (now[start]!.key === then[start]!.key) {
      start++;
      continue;
    }
    let end = start + 1;
    while (end < then.length && now[end]!.key === now[start]!.key && then[end]!.key === then[start]!.key) end++;
    const patch: Record<string, unknown> = { ...then[start]!.attributes };
    for (const key of Object.keys(now[start]!.attributes)) if (!(key in patch)) patch[key] = null;
    text.format(start, end - start, patch);
    start = end;
  }
}

/** How many entries at the start, and then at the end, two lists have in common. */
function commonEnds(aLength: number, bLength: number, same: (i: number, j: number) => boolean): [number, number] {
  let head = 0;
  while (head < aLength && head < bLength && same(head, head)) head++;
  let tail = 0;
  while (tail < aLength - head && tail < bLength - head && same(aLength - 1 - tail, bLength - 1 - tail)) tail++;
  return [head, tail];
}

interface Character {
  char: string;
  attributes: Record<string, unknown>;
  /** The attributes as JSON, to compare. */
  key: string;
}

/** The characters of the text in a version, each with its marks, by the rules of YText#toDelta. */
function charactersOf(text: Y.XmlText, view: View): Character[] {
  const chars: Character[] = [];
  let attributes: Record<string, unknown> = {};
  let key = '[]';
  for (const item of itemsOf(text)) {
    if (item.content instanceof Y.ContentFormat) {
      if (!view.has(item, 0)) continue;
      const format = item.content;
      attributes = { ...attributes };
      if (format.value === null) delete attributes[format.key];
      else attributes[format.key] = format.value;
      key = JSON.stringify(Object.entries(attributes).sort(([a], [b]) => a.localeCompare(b)));
    } else if (item.content instanceof Y.ContentString) {
      const { str } = item.content;
      for (let offset = 0; offset < str.length; offset++) if (view.has(item, offset)) chars.push({ char: str[offset]!, attributes, key });
    }
  }
  return chars;
}

function childrenOf(element: Y.XmlElement, view: View): Child[] {
  const children: Child[] = [];
  for (const item of itemsOf(element)) {
    const child = typeOf(item);
    if ((child instanceof Y.XmlElement || child instanceof Y.XmlText) && view.has(item, 0)) children.push(child);
  }
  return children;
}

/** What a node reads as in a version, to tell whether two nodes read the same. */
function fingerprint(child: Child, view: View): string {
  if (child instanceof Y.XmlText) return JSON.stringify(charactersOf(child, view).map(({ char, key }) => [char, key]));
  const attributes = Object.entries(view.attributes(child)).sort(([a], [b]) => a.localeCompare(b));
  return JSON.stringify([child.nodeName, attributes, childrenOf(child, view).map((grandchild) => fingerprint(grandchild, view))]);
}

/** A new node with the content `child` has in the version, to insert in place of it. */
function copyOf(child: Child, version: View): Child {
  if (child instanceof Y.XmlText) {
    const delta: { insert: string; attributes: Record<string, unknown>; key: string }[] = [];
    for (const { char, attributes, key } of charactersOf(child, version)) {
      const last = delta.at(-1);
      if (last?.key === key) last.insert += char;
      else delta.push({ insert: char, attributes: { ...attributes }, key });
    }
    const copy = new Y.XmlText();
    copy.applyDelta(delta.map(({ insert, attributes }) => ({ insert, attributes })));
    return copy;
  }
  const copy = new Y.XmlElement(child.nodeName);
  for (const [key, value] of Object.entries(version.attributes(child))) copy.setAttribute(key, value as string);
  copy.insert(0, childrenOf(child, version).map((grandchild) => copyOf(grandchild, version)));
  return copy;
}
