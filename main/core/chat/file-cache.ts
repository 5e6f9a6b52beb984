import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import type { FileRef } from '../../../shared/messages/schemas';
import type { ApiClient } from '../http/api-client';
import type { LocalDb } from '../store/open-local-db';

/** Files are stored under their SHA-256, like on the server: identical files are kept once. */
export function cacheFile(db: LocalDb, dir: string, name: string, mime: string, bytes: Buffer): FileRef {
  const id = crypto.createHash('sha256').update(bytes).digest('hex');
  fs.mkdirSync(dir, { recursive: true, mode: 0o700 });
  const file = path.join(dir, id);
  if (!fs.existsSync(file)) {
    fs.writeFileSync(`${file}.part`, bytes, { mode: 0o600 });
    fs.renameSync(`${file}.part`, file);
  }
  const ref: FileRef = { id, name, size: bytes.length, mime: mime || 'application/octet-stream' };
  db.prepare('INSERT OR REPLACE INTO files (id, name, size, mime) VALUES (?, ?, ?, ?)').run(ref.id, ref.name, ref.size, ref.mime);
  return ref;
}

/** Reads a file from the cache, downloading it first when only the server has it. */
export async function readCachedFile(db: LocalDb, http: ApiClient, dir: string, ref: FileRef): Promise<Buffer> {
  const file = path.join(dir, ref.id);
  if (fs.existsSync(file)) return fs.readFileSync(file);
  const bytes = await http.downloadFile(ref.id);
  cacheFile(db, dir, ref.name, ref.mime, Buffer.from(bytes));
  return fs.readFileSync(file);
}

export function knownFileRef(db: LocalDb, id: string): FileRef | null {
  const cached = db.prepare('SELECT id, name, size, mime FROM files WHERE id = ?').get(id) as FileRef | undefined;
  if (cached) return cached;
  const row = db.prepare("SELECT file FROM messages WHERE file IS NOT NULL AND json_extract(file, '$.id') = ? LIMIT 1").get(id) as
    | { file: string }
    | undefined;
  return row ? (JSON.parse(row.file) as FileRef) : null;
}
