import type { Database } from 'better-sqlite3';
import { createHash, randomBytes } from 'node:crypto';
import { createReadStream, createWriteStream, mkdirSync } from 'node:fs';
import { open, rename, rm, stat } from 'node:fs/promises';
import { join } from 'node:path';
import type { Readable } from 'node:stream';
import { AppError } from '../../shared/errors';
import type { FileRef } from '../../shared/messages/schemas';
import type { AuditLog } from '../audit/audit-log';
import { formatBytes, type Clock } from '../config';
import type { WriteBatcher } from '../storage/write-batcher';

interface UploadRow {
  name: string;
  mime: string;
  size: number;
}

/**
 * Files by content hash under `<dataDir>/files/<sha256>`. The bytes are on disk (fsynced) before
 * the row that points to them is committed, so a row never names a missing file.
 */
export class FileStore {
  private readonly dir: string;
  private readonly tmpDir: string;

  constructor(
    dataDir: string,
    private readonly db: Database,
    private readonly batcher: WriteBatcher,
    private readonly clock: Clock,
    readonly uploadLimitBytes: number,
    private readonly audit: AuditLog,
  ) {
    this.dir = join(dataDir, 'files');
    this.tmpDir = join(dataDir, 'files', 'tmp');
    mkdirSync(this.tmpDir, { recursive: true });
  }

  tooLargeError(): AppError {
    return new AppError('too_large', `文件超过 ${formatBytes(this.uploadLimitBytes)} 的上传上限，无法上传`);
  }

  /** Stores the bytes, records the upload and its audit entry in one transaction. */
  async upload(uploader: { userId: string; client: string }, sha256: string, name: string, mime: string, body: Readable): Promise<FileRef> {
    const { userId, client } = uploader;
    const size = await this.receive(sha256, body);
    await this.batcher.run(() => {
      const now = this.clock.now();
      const newContent = this.db.prepare('INSERT OR IGNORE INTO files (sha256, size, created_at) VALUES (?, ?, ?)').run(sha256, size, now).changes > 0;
      this.db
        .prepare(`INSERT INTO file_uploads (sha256, user_id, name, mime, uploaded_at) VALUES (?, ?, ?, ?, ?)
                  ON CONFLICT (sha256, user_id) DO UPDATE SET name = excluded.name, mime = excluded.mime`)
        .run(sha256, userId, name, mime, now);
      this.audit.append({ at: now, actorId: userId, client, action: 'file.upload', target: sha256, detail: { name, size, mime, newContent } });
    });
    return { id: sha256, name, size, mime };
  }

  /** The uploader, or a member of a conversation holding a message that references the file. */
  canRead(userId: string, sha256: string): boolean {
    return (
      this.db.prepare('SELECT 1 FROM file_uploads WHERE sha256 = ? AND user_id = ?').get(sha256, userId) !== undefined ||
      this.db
        .prepare(`SELECT 1 FROM messages m JOIN members c ON c.conversation_id = m.conversation_id
                  WHERE m.file_id = ? AND c.user_id = ? AND m.recalled_at IS NULL LIMIT 1`)
        .get(sha256, userId) !== undefined
    );
  }

  /** Name and type as the caller knows the file: their own upload first, else any. */
  describe(userId: string, sha256: string): UploadRow | null {
    return (
      this.db
        .prepare<[string, string], UploadRow>(`
          SELECT u.name, u.mime, f.size FROM file_uploads u JOIN files f ON f.sha256 = u.sha256
          WHERE u.sha256 = ? ORDER BY u.user_id = ? DESC, u.uploaded_at LIMIT 1`)
        .get(sha256, userId) ?? null
    );
  }

  storedSize(sha256: string): number | null {
    return this.db.prepare<[string], { size: number }>('SELECT size FROM files WHERE sha256 = ?').get(sha256)?.size ?? null;
  }

  openRead(sha256: string): Readable {
    return createReadStream(join(this.dir, sha256));
  }

  private async isStored(sha256: string): Promise<boolean> {
    return stat(join(this.dir, sha256)).then(
      () => true,
      () => false,
    );
  }

  private async receive(sha256: string, body: Readable): Promise<number> {
    const tmp = join(this.tmpDir, `${sha256}.${randomBytes(6).toString('hex')}`);
    const hash = createHash('sha256');
    let size = 0;
    const out = createWriteStream(tmp);
    try {
      // Event-based rather than for-await: leaving a for-await early destroys the socket before
      // the refusal can be sent (the router drains what is left).
      await new Promise<void>((resolve, reject) => {
        const onData = (chunk: Buffer) => {
          size += chunk.length;
          if (size > this.uploadLimitBytes) {
            body.off('data', onData).off('end', resolve).pause();
            return reject(this.tooLargeError());
          }
          hash.update(chunk);
          if (!out.write(chunk)) {
            body.pause();
            out.once('drain', () => body.resume());
          }
        };
        body.on('data', onData).on('end', resolve).on('error', reject);
        out.on('error', reject);
      });
      await new Promise<void>((resolve, reject) => out.end((error?: Error | null) => (error ? reject(error) : resolve())));
      if (hash.digest('hex') !== sha256) throw new AppError('bad_request', '文件内容与 SHA-256 不符，请重新上传');
      // Even when the content is stored already the bytes were checked: only someone who has
      // the file can become its uploader.
      if (await this.isStored(sha256)) {
        await rm(tmp, { force: true });
        return size;
      }
      const handle = await open(tmp, 'r');
      await handle.sync();
      await handle.close();
      await rename(tmp, join(this.dir, sha256));
      await this.syncDirectory();
      return size;
    } catch (error) {
      out.destroy();
      await rm(tmp, { force: true });
      throw error;
    }
  }

  // The rename is durable only once the directory entry is.
  private async syncDirectory(): Promise<void> {
    const handle = await open(this.dir, 'r');
    try {
      await handle.sync();
    } finally {
      await handle.close();
    }
  }
}
