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
    const runs = diff.runsOf(block, item.id);
    // A removed empty paragraph has nothing left to show.
    if (inTo || runs.length > 0) blocks.push({ type: block.nodeName, runs });
  }
  const authorIds = new Set(blocks.flatMap((block) => block.runs.flatMap((run) => (run.change !== null && run.authorId !== null ? [run.authorId] : []))));
  return { blocks, authorIds: [...authorIds] };
}

class DiffWriter {
  private runs: DiffRun[] = [];
  /** Who made the latest change written, for a line break that changes because of it. */
  private lastAuthor: string | null = null;
  /**
   * Who deleted the element being written. Deleting an element deletes what is in it, including
   * what others had added that the deleter had not yet received: that is theirs to answer for too.
   */
  private elementDeleter: string | null = null;

  constructor(
    private readonly from: Y.Snapshot,
    private readonly to: Y.Snapshot,
    private readonly authors: Authors,
  ) {}

  presence(client: number, clock: number): { inFrom: boolean; inTo: boolean } {
    return { inFrom: visibleIn(this.from, client, clock), inTo: visibleIn(this.to, client, clock) };
  }

  runsOf(block: Y.XmlElement, id: Y.ID): DiffRun[] {
    this.runs = [];
    this.lastAuthor = null;
    this.elementDeleter = this.authors.deleterOf(id);
    this.writeChildren(block);
    return withoutRewrites(this.runs);
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
          const outer = this.elementDeleter;
          this.elementDeleter = this.authors.deleterOf(item.id) ?? outer;
          this.writeChildren(child);
          this.elementDeleter = outer;
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
    if (change === 'removed') return this.authors.deleterOf(id) ?? this.elementDeleter;
    return null;
  }

  private write(text: string, change: Change, authorId: string | null): void {
    if (change !== null) this.lastAuthor = authorId;
    const last = this.runs.at(-1);
    if (last && last.change === change && last.authorId === authorId) last.text += text;
    else this.runs.push({ text, change, authorId });
  }
}

function changeOf(inFrom: boolean, inTo: boolean): Change {
  if (inFrom === inTo) return null;
  return inTo ? 'added' : 'removed';
}

/**
 * Text deleted and written again as it was (as a restore does: Yjs cannot undelete) reads as
 * unchanged: a removed run next to an added run with the same text becomes one unchanged run.
 */
function withoutRewrites(runs: DiffRun[]): DiffRun[] {
  const settled: DiffRun[] = [];
  for (let i = 0; i < runs.length; i++) {
    const run = runs[i]!;
    const next = runs[i + 1];
    let kept: DiffRun = run;
    if (next && run.change !== null && next.change !== null && run.change !== next.change && run.text === next.text) {
      kept = { text: run.text, change: null, authorId: null };
      i++;
    }
    const last = settled.at(-1);
    if (last && last.change === kept.change && last.authorId === kept.authorId) last.text += kept.text;
    else settled.push(kept);
  }
  return settled;
}
