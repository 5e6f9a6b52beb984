import * as Y from 'yjs';
import { bodyFragmentName } from '../../shared/documents/body';
import { itemsOf, typeOf, visibleIn } from './as-of';

/**
 * The update that makes a body equal to an earlier version of it, written as a new edit under
 * `clientId`; null when the body already is that version. Only what differs is touched: what was
 * added since is deleted, and what was deleted since is written again (Yjs cannot undelete), so
 * the rest keeps its authors. `doc` must keep deleted content and is left as it is.
 */
export function restoreUpdate(doc: Y.Doc, version: Y.Snapshot, clientId: number): Uint8Array | null {
  const scratch = new Y.Doc({ gc: false });
  Y.applyUpdate(scratch, Y.encodeStateAsUpdate(doc));
  scratch.clientID = clientId;
  let update: Uint8Array | null = null;
  scratch.on('update', (written: Uint8Array) => (update = written));
  scratch.transact(() => restoreChildren(scratch.getXmlFragment(bodyFragmentName), version));
  scratch.destroy();
  return update;
}

/**
 * Positions are planned in one pass over the items and the edits made after it, each at its index
 * in the list as the edits before it leave it: editing while walking would split the items walked.
 */
function restoreChildren(parent: Y.XmlFragment | Y.XmlElement, version: Y.Snapshot): void {
  const edits: (() => void)[] = [];
  let index = 0;
  for (const item of itemsOf(parent)) {
    const child = typeOf(item);
    if (!(child instanceof Y.XmlElement || child instanceof Y.XmlText)) continue;
    const now = !item.deleted;
    const then = visibleIn(version, item.id.client, item.id.clock);
    const at = index;
    if (now && then) {
      restoreType(child, version);
      index += 1;
    } else if (now) {
      edits.push(() => parent.delete(at, 1));
    } else if (then) {
      const copy = copyAsOf(child, version);
      edits.push(() => parent.insert(at, [copy]));
      index += 1;
    }
  }
  for (const edit of edits) edit();
}

function restoreType(type: Y.XmlElement | Y.XmlText, version: Y.Snapshot): void {
  if (type instanceof Y.XmlText) {
    restoreText(type, version);
    return;
  }
  const now = type.getAttributes();
  const then = Y.typeMapGetAllSnapshot(type, version) as Record<string, string>;
  for (const key of Object.keys(now)) if (!(key in then)) type.removeAttribute(key);
  for (const [key, value] of Object.entries(then)) {
    if (JSON.stringify(now[key]) !== JSON.stringify(value)) type.setAttribute(key, value);
  }
  restoreChildren(type, version);
}

// y-prosemirror keeps only strings and formatting marks in an XmlText, never embeds.
function restoreText(text: Y.XmlText, version: Y.Snapshot): void {
  const edits: (() => void)[] = [];
  let index = 0;
  for (const item of itemsOf(text)) {
    if (!(item.content instanceof Y.ContentString)) continue;
    const { str } = item.content;
    const now = !item.deleted;
    let start = 0;
    while (start < str.length) {
      const then = visibleIn(version, item.id.client, item.id.clock + start);
      let end = start + 1;
      while (end < str.length && visibleIn(version, item.id.client, item.id.clock + end) === then) end++;
      const piece = str.slice(start, end);
      const at = index;
      if (now && then) {
        index += piece.length;
      } else if (now) {
        edits.push(() => text.delete(at, piece.length));
      } else if (then) {
        edits.push(() => text.insert(at, piece));
        index += piece.length;
      }
      start = end;
    }
  }
  for (const edit of edits) edit();
  restoreFormatting(text, version);
}

/** Once the characters are those of the version, gives each the marks it had then. */
function restoreFormatting(text: Y.XmlText, version: Y.Snapshot): void {
  const now = charactersOf(text, (item) => !item.deleted);
  const then = charactersAsOf(text, version);
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

interface Formatting {
  attributes: Record<string, unknown>;
  /** The attributes as JSON, to compare. */
  key: string;
}

interface Character extends Formatting {
  char: string;
}

/** The characters of the text as a version has it, each with its marks, by the same rules as YText#toDelta. */
function charactersOf(text: Y.XmlText, visible: (item: Y.Item, offset: number) => boolean): Character[] {
  const chars: Character[] = [];
  let current: Formatting = { attributes: {}, key: '[]' };
  for (const item of itemsOf(text)) {
    if (item.content instanceof Y.ContentFormat) {
      if (!visible(item, 0)) continue;
      const { key, value } = item.content;
      const attributes = { ...current.attributes };
      if (value === null) delete attributes[key];
      else attributes[key] = value;
      current = { attributes, key: JSON.stringify(Object.entries(attributes).sort(([a], [b]) => a.localeCompare(b))) };
    } else if (item.content instanceof Y.ContentString) {
      const { str } = item.content;
      for (let offset = 0; offset < str.length; offset++) if (visible(item, offset)) chars.push({ ...current, char: str[offset]! });
    }
  }
  return chars;
}

function charactersAsOf(text: Y.XmlText, version: Y.Snapshot): Character[] {
  return charactersOf(text, (item, offset) => visibleIn(version, item.id.client, item.id.clock + offset));
}

/** A new type with the content `type` had in the version, to insert in place of it. */
function copyAsOf(type: Y.XmlElement | Y.XmlText, version: Y.Snapshot): Y.XmlElement | Y.XmlText {
  if (type instanceof Y.XmlText) {
    const delta: { insert: string; attributes: Record<string, unknown>; key: string }[] = [];
    for (const { char, attributes, key } of charactersAsOf(type, version)) {
      const last = delta.at(-1);
      if (last?.key === key) last.insert += char;
      else delta.push({ insert: char, attributes, key });
    }
    const copy = new Y.XmlText();
    copy.applyDelta(delta.map(({ insert, attributes }) => ({ insert, attributes })));
    return copy;
  }
  const copy = new Y.XmlElement(type.nodeName);
  for (const [key, value] of Object.entries(Y.typeMapGetAllSnapshot(type, version) as Record<string, string>)) copy.setAttribute(key, value);
  const children = Y.typeListToArraySnapshot(type, version).filter((child) => child instanceof Y.XmlElement || child instanceof Y.XmlText);
  copy.insert(0, children.map((child) => copyAsOf(child, version)));
  return copy;
}
