import fc from 'fast-check';
import { expect, it } from 'vitest';
import * as Y from 'yjs';
import { bodyFragmentName, bodyFromFragment, bodyPlainText } from '../../shared/documents/body';
import { DocAttribution } from './attribution';
import { diffVersions } from './history-diff';
import { restoreUpdate } from './restore';

// Two editors edit concurrently; their updates reach a server document the way a room takes them
// (attributed by DocAttribution, applied in arrival order). Every character typed is unique, so
// who wrote it and who deleted it first can be tracked independently of the code under test.

type Op =
  | { kind: 'type'; user: number; block: number; at: number; length: number }
  | { kind: 'erase'; user: number; block: number; at: number; length: number }
  | { kind: 'addBlock'; user: number; at: number; heading: boolean; length: number }
  | { kind: 'removeBlock'; user: number; block: number }
  | { kind: 'bold'; user: number; block: number; at: number; length: number; on: boolean }
  | { kind: 'level'; user: number; block: number; level: number }
  | { kind: 'sync'; user: number };

const small = fc.nat({ max: 40 });
const user = fc.integer({ min: 0, max: 1 });
const op: fc.Arbitrary<Op> = fc.oneof(
  fc.record({ kind: fc.constant('type' as const), user, block: small, at: small, length: fc.integer({ min: 1, max: 4 }) }),
  fc.record({ kind: fc.constant('erase' as const), user, block: small, at: small, length: fc.integer({ min: 1, max: 4 }) }),
  fc.record({ kind: fc.constant('addBlock' as const), user, at: small, heading: fc.boolean(), length: fc.integer({ min: 0, max: 4 }) }),
  fc.record({ kind: fc.constant('removeBlock' as const), user, block: small }),
  fc.record({ kind: fc.constant('bold' as const), user, block: small, at: small, length: fc.integer({ min: 1, max: 4 }), on: fc.boolean() }),
  fc.record({ kind: fc.constant('level' as const), user, block: small, level: fc.integer({ min: 1, max: 3 }) }),
  fc.record({ kind: fc.constant('sync' as const), user }),
);

const users = ['甲', '乙'];

class World {
  readonly server = new Y.Doc({ gc: false });
  readonly attribution = new DocAttribution(this.server, { owners: new Map(), deletions: [] });
  readonly editors = users.map(() => new Y.Doc());
  private readonly outbox: Uint8Array[][] = users.map(() => []);
  readonly writer = new Map<string, string>();
  readonly firstDeleter = new Map<string, string>();
  private next = 0x4e00;

  constructor() {
    this.editors.forEach((doc, index) =>
      doc.on('update', (update: Uint8Array, origin: unknown) => {
        if (origin !== 'server') this.outbox[index]!.push(update);
      }),
    );
  }

  apply(step: Op): void {
    const doc = this.editors[step.user]!;
    const body = doc.getXmlFragment(bodyFragmentName);
    const blocks = body.toArray() as Y.XmlElement[];
    const textOf = (index: number) => blocks[index % blocks.length]!.get(0) as Y.XmlText;
    switch (step.kind) {
      case 'type': {
        if (blocks.length === 0) return;
        const text = textOf(step.block);
        text.insert(step.at % (text.length + 1), this.fresh(step.user, step.length));
        return;
      }
      case 'erase': {
        if (blocks.length === 0) return;
        const text = textOf(step.block);
        if (text.length === 0) return;
        const at = step.at % text.length;
        text.delete(at, Math.min(step.length, text.length - at));
        return;
      }
      case 'addBlock': {
        const element = new Y.XmlElement(step.heading ? 'heading' : 'paragraph');
        if (step.heading) element.setAttribute('level', '1');
        const text = new Y.XmlText();
        text.insert(0, this.fresh(step.user, step.length));
        element.insert(0, [text]);
        body.insert(step.at % (blocks.length + 1), [element]);
        return;
      }
      case 'removeBlock':
        if (blocks.length > 0) body.delete(step.block % blocks.length, 1);
        return;
      case 'bold': {
        if (blocks.length === 0) return;
        const text = textOf(step.block);
        if (text.length === 0) return;
        const at = step.at % text.length;
        text.format(at, Math.min(step.length, text.length - at), { bold: step.on ? {} : null });
        return;
      }
      case 'level': {
        const element = blocks[step.block % Math.max(blocks.length, 1)];
        if (element?.nodeName === 'heading') element.setAttribute('level', String(step.level));
        return;
      }
      case 'sync':
        this.sync(step.user);
    }
  }

  sync(index: number): void {
    for (const update of this.outbox[index]!.splice(0)) this.receive(update, users[index]!);
    const doc = this.editors[index]!;
    Y.applyUpdate(doc, Y.encodeStateAsUpdate(this.server, Y.encodeStateVector(doc)), 'server');
  }

  /** What a room does with an update: attribute it, then apply it. */
  receive(update: Uint8Array, userId: string): void {
    const attribution = this.attribution.claim(userId, Y.decodeUpdate(update), this.server);
    expect(attribution).not.toBeNull();
    const before = new Set(this.plainText(this.server));
    Y.applyUpdate(this.server, update);
    for (const char of before) if (!this.plainText(this.server).includes(char) && !this.firstDeleter.has(char)) this.firstDeleter.set(char, userId);
  }

  plainText(doc: Y.Doc): string {
    return bodyPlainText(bodyFromFragment(doc.getXmlFragment(bodyFragmentName)));
  }

  private fresh(userIndex: number, length: number): string {
    let text = '';
    for (let i = 0; i < length; i++) {
      const char = String.fromCharCode(this.next++);
      this.writer.set(char, users[userIndex]!);
      text += char;
    }
    return text;
  }
}

const withoutBreaks = (text: string) => text.replace(/\n/g, '');

it('attributes every added and removed character, and restores any version exactly', () => {
  fc.assert(
    fc.property(fc.array(op, { maxLength: 30 }), fc.array(op, { maxLength: 30 }), (before, after) => {
      const world = new World();
      before.forEach((step) => world.apply(step));
      world.sync(0);
      world.sync(1);
      const version = Y.snapshot(world.server);
      const versionDoc = Y.createDocFromSnapshot(world.server, version);
      after.forEach((step) => world.apply(step));
      world.sync(0);
      world.sync(1);

      const diff = diffVersions(world.server.getXmlFragment(bodyFragmentName), version, Y.snapshot(world.server), world.attribution);
      const runs = diff.blocks.flatMap((block) => block.runs);
      expect(withoutBreaks(runs.filter((run) => run.change !== 'added').map((run) => run.text).join(''))).toBe(withoutBreaks(world.plainText(versionDoc)));
      expect(withoutBreaks(runs.filter((run) => run.change !== 'removed').map((run) => run.text).join(''))).toBe(withoutBreaks(world.plainText(world.server)));
      for (const run of runs) {
        for (const char of withoutBreaks(run.text)) {
          if (run.change === 'added') expect(run.authorId).toBe(world.writer.get(char));
          if (run.change === 'removed') expect(run.authorId).toBe(world.firstDeleter.get(char));
        }
      }

      const restore = restoreUpdate(world.server, version, world.attribution.unusedClientId(world.server));
      if (restore) world.receive(restore, '丙');
      expect(bodyFromFragment(world.server.getXmlFragment(bodyFragmentName))).toEqual(bodyFromFragment(versionDoc.getXmlFragment(bodyFragmentName)));
      expect(restoreUpdate(world.server, version, world.attribution.unusedClientId(world.server))).toBeNull();
      const restored = diffVersions(world.server.getXmlFragment(bodyFragmentName), version, Y.snapshot(world.server), world.attribution);
      for (const run of restored.blocks.flatMap((block) => block.runs)) if (run.change === 'added') expect(run.authorId).toBe('丙');
    }),
    { numRuns: 300 },
  );
});
