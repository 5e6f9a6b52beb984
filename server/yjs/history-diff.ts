import * as Y from 'yjs';
import type { DiffBlock, DiffRun, VersionDiff } from '../../shared/documents/api-types';
import { hardBreakNodeName } from '../../shared/documents/body';
import { itemsOf, typeOf, visibleIn } from './as-of';

/** Who wrote a struct and who deleted it, as the server recorded (see DocAttribution). */
export interface Authors {
  ownerOf(client: number): string | null;
  deleterOf(id: Y.ID): string | null;
}

type Change = DiffRun['change'];

/**
 * What changed in a body between two of its versions, and by whom: each top-level block that
 * exists in either version, its text in order with runs added since `from` (by whoever wrote
 * them) and removed by `to` (by whoever deleted them). Line breaks follow bodyPlainText, so the
 * runs that are not added read as `from` in plain text, and those not removed as `to`.
 * The fragment's document must keep deleted content (no garbage collection).
 */
export function diffVersions(fragment: Y.XmlFragment, from: Y.Snapshot, to: Y.Snapshot, authors: Authors): VersionDiff {
  const diff = new DiffWriter(from, to, authors);
  const blocks: DiffBlock[] = [];
  for (const item of itemsOf(fragment)) {
    const block = typeOf(item);
    if (!(block instanceof Y.XmlElement)) continue;
    const { inFrom, inTo } = diff.presence(item.id.client, item.id.clock);
    if (!inFrom && !inTo) continue;
    const runs = diff.runsOf(block);
    // A removed empty paragraph has nothing left to show.
    if (inTo || runs.length > 0) blocks.push({ type: block.nodeName, runs });
  }
  return { blocks, authorIds: [...diff.authorIds] };
}

class DiffWriter {
  readonly authorIds = new Set<string>();
  private runs: DiffRun[] = [];
  /** Who made the latest change written, for a line break that changes because of it. */
  private lastAuthor: string | null = null;

  constructor(
    private readonly from: Y.Snapshot,
    private readonly to: Y.Snapshot,
    private readonly authors: Authors,
  ) {}

  presence(client: number, clock: number): { inFrom: boolean; inTo: boolean } {
    return { inFrom: visibleIn(this.from, client, clock), inTo: visibleIn(this.to, client, clock) };
  }

  runsOf(block: Y.XmlElement): DiffRun[] {
    this.runs = [];
    this.lastAuthor = null;
    this.writeChildren(block);
    return this.runs;
  }

  /** Writes an element's children; returns whether anything of them is in each version. */
  private writeChildren(parent: Y.XmlElement): { inFrom: boolean; inTo: boolean } {
    const seen = { inFrom: false, inTo: false };
    for (const item of itemsOf(parent)) {
      const child = typeOf(item);
      let present: { inFrom: boolean; inTo: boolean };
      if (child instanceof Y.XmlText) {
        present = this.writeText(child);
      } else if (child instanceof Y.XmlElement) {
        present = this.presence(item.id.client, item.id.clock);
        if (!present.inFrom && !present.inTo) continue;
        const change = changeOf(present.inFrom, present.inTo);
        const author = this.authorOf(change, item.id);
        if (child.nodeName === hardBreakNodeName) {
          this.write('\n', change, author);
        } else {
          // A nested block starts a line unless it comes first in its parent, in each version.
          const breakInFrom = present.inFrom && seen.inFrom;
          const breakInTo = present.inTo && seen.inTo;
          if (breakInFrom || breakInTo) {
            const breakChange = changeOf(breakInFrom, breakInTo);
            this.write('\n', breakChange, breakChange === change ? author : this.lastAuthor);
          }
          this.writeChildren(child);
        }
      } else {
        continue;
      }
      seen.inFrom ||= present.inFrom;
      seen.inTo ||= present.inTo;
    }
    return seen;
  }

  private writeText(text: Y.XmlText): { inFrom: boolean; inTo: boolean } {
    const seen = { inFrom: false, inTo: false };
    for (const item of itemsOf(text)) {
      if (!(item.content instanceof Y.ContentString)) continue;
      const { str } = item.content;
      const { client, clock } = item.id;
      for (let offset = 0; offset < str.length; offset++) {
        const { inFrom, inTo } = this.presence(client, clock + offset);
        if (!inFrom && !inTo) continue;
        const change = changeOf(inFrom, inTo);
        this.write(str[offset]!, change, this.authorOf(change, Y.createID(client, clock + offset)));
        seen.inFrom ||= inFrom;
        seen.inTo ||= inTo;
      }
    }
    return seen;
  }

  private authorOf(change: Change, id: Y.ID): string | null {
    if (change === 'added') return this.authors.ownerOf(id.client);
    if (change === 'removed') return this.authors.deleterOf(id);
    return null;
  }

  private write(text: string, change: Change, authorId: string | null): void {
    if (change !== null) {
      this.lastAuthor = authorId;
      if (authorId !== null) this.authorIds.add(authorId);
    }
    const last = this.runs.at(-1);
    if (last && last.change === change && last.authorId === authorId) last.text += text;
    else this.runs.push({ text, change, authorId });
  }
}

function changeOf(inFrom: boolean, inTo: boolean): Change {
  if (inFrom === inTo) return null;
  return inTo ? 'added' : 'removed';
}
