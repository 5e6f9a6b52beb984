import path from 'node:path';
import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { openLocalDb } from '../store/open-local-db';
import { tempDir } from '../test-support/fixtures';
import { COMPACT_AT_ROWS, localBody, storeLocalBody } from './body-store';
import { testId } from './test-documents';

const documentId = testId('outgoing', 1);

/** An editor's document that hands each of its updates to the local store, as the renderer does. */
function editor(onUpdate: (update: Uint8Array) => void) {
  const doc = new Y.Doc();
  doc.on('update', onUpdate);
  return doc;
}

const rowCount = (db: ReturnType<typeof openLocalDb>) =>
  (db.prepare('SELECT COUNT(*) AS n FROM document_body_updates WHERE document_id = ?').get(documentId) as { n: number }).n;

describe('local body store', () => {
  it('keeps the updates across a restart and gives them back as one state', () => {
    const file = path.join(tempDir(), 'local.db');
    const db = openLocalDb(file);
    expect(localBody(db, documentId)).toBeNull();
    const doc = editor((update) => storeLocalBody(db, documentId, update));
    const text = doc.getText('body');
    text.insert(0, '各县区人民政府：');
    text.insert(text.length, '现将有关事项通知如下。');
    text.delete(0, 3);
    db.close();

    const reopened = openLocalDb(file);
    const restored = new Y.Doc();
    Y.applyUpdate(restored, localBody(reopened, documentId)!);
    expect(restored.getText('body').toString()).toBe('人民政府：现将有关事项通知如下。');
    expect(rowCount(reopened)).toBe(1);
  });

  it('merges with what the server has, so offline typing is not lost on reconnect', () => {
    const db = openLocalDb(path.join(tempDir(), 'local.db'));
    const server = new Y.Doc();
    server.getText('body').insert(0, '服务器上的正文。');
    const offline = editor((update) => storeLocalBody(db, documentId, update));
    Y.applyUpdate(offline, Y.encodeStateAsUpdate(server));
    offline.getText('body').insert(offline.getText('body').length, '离线时补充的一句。');
    server.getText('body').insert(0, '【他人修改】');

    const reloaded = new Y.Doc();
    Y.applyUpdate(reloaded, localBody(db, documentId)!);
    Y.applyUpdate(server, Y.encodeStateAsUpdate(reloaded));
    expect(server.getText('body').toString()).toBe('【他人修改】服务器上的正文。离线时补充的一句。');
  });

  it('folds a long log into one row as it grows, keeping every edit', () => {
    const db = openLocalDb(path.join(tempDir(), 'local.db'));
    const doc = editor((update) => storeLocalBody(db, documentId, update));
    const text = doc.getText('body');
    for (let i = 0; i < COMPACT_AT_ROWS * 2 + 10; i++) text.insert(text.length, String(i % 10));
    expect(rowCount(db)).toBeLessThan(COMPACT_AT_ROWS);
    expect(rowCount(db)).toBeGreaterThan(1);
    const restored = new Y.Doc();
    Y.applyUpdate(restored, localBody(db, documentId)!);
    expect(restored.getText('body').toString()).toBe(text.toString());
    expect(rowCount(db)).toBe(1);
  });

  it('refuses bytes that are not a Yjs update', () => {
    const db = openLocalDb(path.join(tempDir(), 'local.db'));
    expect(() => storeLocalBody(db, documentId, new Uint8Array([255, 255, 255, 1]))).toThrow('正文更新数据无效');
    expect(rowCount(db)).toBe(0);
  });
});
