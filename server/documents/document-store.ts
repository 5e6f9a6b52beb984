import type { Database } from 'better-sqlite3';
import type { DocumentTemplate, IncomingDocument, OutgoingDocument } from '../../shared/documents/records';
import { AppError } from '../../shared/errors';
import type { ChangeLog } from '../sync/change-log';
import type { WriteScope } from '../sync/writer';
import { documentScope, incomingScope, type RecordAccess } from './record-access';

/**
 * 公文 and 收文 records, kept whole. Every save appends the record to the change log under its
 * own scope after granting the people it now involves, so they pull it on their next sync.
 */
export class DocumentStore {
  private readonly getOutgoing;
  private readonly putOutgoing;
  private readonly getIncoming;
  private readonly incomingFor;
  private readonly putIncoming;
  private readonly overdue;
  private readonly getTemplate;
  private readonly putTemplate;
  private readonly unitTemplates;
  private readonly getVersion;

  constructor(
    db: Database,
    private readonly changeLog: ChangeLog,
    private readonly access: RecordAccess,
  ) {
    this.getOutgoing = db.prepare<[string], { data: string }>('SELECT data FROM documents WHERE id = ?');
    this.putOutgoing = db.prepare(
      `INSERT INTO documents (id, unit_id, data, updated_at) VALUES (@id, @unitId, @data, @updatedAt)
       ON CONFLICT (id) DO UPDATE SET data = excluded.data, updated_at = excluded.updated_at`,
    );
    this.getIncoming = db.prepare<[string], { data: string }>('SELECT data FROM incoming_documents WHERE id = ?');
    this.incomingFor = db.prepare<[string, string], { data: string }>('SELECT data FROM incoming_documents WHERE outgoing_id = ? AND unit_id = ?');
    this.putIncoming = db.prepare(
      `INSERT INTO incoming_documents (id, unit_id, outgoing_id, step, due_at, overdue_notified_at, data, updated_at)
       VALUES (@id, @unitId, @outgoingId, @step, @dueAt, @overdueNotifiedAt, @data, @updatedAt)
       ON CONFLICT (id) DO UPDATE SET step = excluded.step, due_at = excluded.due_at,
         overdue_notified_at = excluded.overdue_notified_at, data = excluded.data, updated_at = excluded.updated_at`,
    );
    this.overdue = db.prepare<[number], { data: string }>(
      "SELECT data FROM incoming_documents WHERE step = 'handle' AND due_at < ? AND overdue_notified_at IS NULL",
    );
    this.getTemplate = db.prepare<[string], { data: string }>('SELECT data FROM document_templates WHERE id = ?');
    this.putTemplate = db.prepare(
      'INSERT INTO document_templates (id, unit_id, data) VALUES (?, ?, ?) ON CONFLICT (id) DO UPDATE SET unit_id = excluded.unit_id, data = excluded.data',
    );
    this.getVersion = db.prepare<[string, string], { snapshot: Buffer }>('SELECT snapshot FROM document_versions WHERE id = ? AND document_id = ?');
    this.unitTemplates = db.prepare<[string], { data: string }>('SELECT data FROM document_templates WHERE unit_id = ?');
  }

  outgoing(id: string): OutgoingDocument | null {
    const row = this.getOutgoing.get(id);
    return row ? (JSON.parse(row.data) as OutgoingDocument) : null;
  }

  requireOutgoing(id: string): OutgoingDocument {
    const document = this.outgoing(id);
    if (!document) throw new AppError('not_found', '公文不存在');
    return document;
  }

  saveOutgoing(scope: WriteScope, document: OutgoingDocument): OutgoingDocument {
    const recordScope = documentScope(document.id);
    this.access.grant(recordScope, document.participants);
    this.putOutgoing.run({ id: document.id, unitId: document.unitId, data: JSON.stringify(document), updatedAt: document.updatedAt });
    this.changeLog.put(scope.changes, 'document', document, recordScope);
    return document;
  }

  incoming(id: string): IncomingDocument | null {
    const row = this.getIncoming.get(id);
    return row ? (JSON.parse(row.data) as IncomingDocument) : null;
  }

  requireIncoming(id: string): IncomingDocument {
    const incoming = this.incoming(id);
    if (!incoming) throw new AppError('not_found', '收文不存在');
    return incoming;
  }

  incomingFrom(outgoingId: string, unitId: string): IncomingDocument | null {
    const row = this.incomingFor.get(outgoingId, unitId);
    return row ? (JSON.parse(row.data) as IncomingDocument) : null;
  }

  saveIncoming(scope: WriteScope, incoming: IncomingDocument): IncomingDocument {
    const recordScope = incomingScope(incoming.id);
    this.access.grant(recordScope, incoming.participants);
    this.putIncoming.run({
      id: incoming.id,
      unitId: incoming.unitId,
      outgoingId: incoming.outgoingId,
      step: incoming.workflow.step,
      dueAt: incoming.dueAt,
      overdueNotifiedAt: incoming.overdueNotifiedAt,
      data: JSON.stringify(incoming),
      updatedAt: incoming.updatedAt,
    });
    this.changeLog.put(scope.changes, 'incoming', incoming, recordScope);
    return incoming;
  }

  /** 承办 items past their deadline whose people have not been told yet. */
  overdueIncoming(now: number): IncomingDocument[] {
    return this.overdue.all(now).map((row) => JSON.parse(row.data) as IncomingDocument);
  }

  versionSnapshot(documentId: string, versionId: string): Uint8Array {
    const row = this.getVersion.get(versionId, documentId);
    if (!row) throw new AppError('not_found', '版本不存在');
    return row.snapshot;
  }

  template(id: string): DocumentTemplate | null {
    const row = this.getTemplate.get(id);
    return row ? (JSON.parse(row.data) as DocumentTemplate) : null;
  }

  templatesOf(unitId: string): DocumentTemplate[] {
    return this.unitTemplates.all(unitId).map((row) => JSON.parse(row.data) as DocumentTemplate);
  }

  saveTemplate(scope: WriteScope, template: DocumentTemplate): DocumentTemplate {
    this.putTemplate.run(template.id, template.unitId, JSON.stringify(template));
    this.changeLog.put(scope.changes, 'documentTemplate', template, 'org');
    return template;
  }
}
