import type { Database } from 'better-sqlite3';
import { createHash, generateKeyPairSync, sign } from 'node:crypto';
import { canonicalSealBytes, type SealedContent } from '../../shared/documents/seal-content';
import { sealAlgorithm, type Seal, type SealStamp } from '../../shared/documents/records';
import { AppError } from '../../shared/errors';

interface SealRow {
  data: string;
  private_key: string;
}

/**
 * Electronic seals: each a P-256 key pair whose private half is generated and kept here, never in
 * a record, a change or a response. Signatures are IEEE P1363 (r‖s) so WebCrypto verifies them.
 */
export class SealKeys {
  private readonly insert;
  private readonly update;
  private readonly byId;
  private readonly all;

  constructor(db: Database) {
    this.insert = db.prepare('INSERT INTO seals (id, unit_id, data, private_key) VALUES (?, ?, ?, ?)');
    this.update = db.prepare<[string, string]>('UPDATE seals SET data = ? WHERE id = ?');
    this.byId = db.prepare<[string], SealRow>('SELECT data, private_key FROM seals WHERE id = ?');
    this.all = db.prepare<[], { data: string }>('SELECT data FROM seals');
  }

  create(fields: Omit<Seal, 'algorithm' | 'publicKey'>): Seal {
    const { publicKey, privateKey } = generateKeyPairSync('ec', { namedCurve: 'P-256' });
    const seal: Seal = {
      ...fields,
      algorithm: sealAlgorithm,
      publicKey: publicKey.export({ type: 'spki', format: 'der' }).toString('base64'),
    };
    this.insert.run(seal.id, seal.unitId, JSON.stringify(seal), privateKey.export({ type: 'pkcs8', format: 'pem' }));
    return seal;
  }

  get(id: string): Seal | null {
    const row = this.byId.get(id);
    return row ? (JSON.parse(row.data) as Seal) : null;
  }

  save(seal: Seal): void {
    this.update.run(JSON.stringify(seal), seal.id);
  }

  list(): Seal[] {
    return this.all.all().map((row) => JSON.parse(row.data) as Seal);
  }

  stamp(sealId: string, content: SealedContent, sealedBy: string, now: number): SealStamp {
    const row = this.byId.get(sealId);
    if (!row) throw new AppError('not_found', '印章不存在');
    const seal = JSON.parse(row.data) as Seal;
    const bytes = canonicalSealBytes(content);
    return {
      sealId,
      unitId: seal.unitId,
      algorithm: sealAlgorithm,
      contentHash: createHash('sha256').update(bytes).digest('hex'),
      signature: sign('sha256', bytes, { key: row.private_key, dsaEncoding: 'ieee-p1363' }).toString('base64'),
      sealedAt: now,
      sealedBy,
    };
  }
}
