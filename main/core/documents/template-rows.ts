import type { DocumentTemplate } from '../../../shared/documents/records';
import { prepared } from '../store/prepared';
import type { LocalDb } from '../store/open-local-db';

export function putTemplate(db: LocalDb, template: DocumentTemplate): void {
  prepared(
    db,
    `INSERT INTO document_templates (id, unit_id, name, data) VALUES (?, ?, ?, ?)
     ON CONFLICT(id) DO UPDATE SET unit_id = excluded.unit_id, name = excluded.name, data = excluded.data`,
  ).run(template.id, template.unitId, template.name, JSON.stringify(template));
}

export function deleteTemplate(db: LocalDb, id: string): void {
  prepared(db, 'DELETE FROM document_templates WHERE id = ?').run(id);
}

export function allTemplates(db: LocalDb): DocumentTemplate[] {
  const rows = prepared(db, 'SELECT data FROM document_templates ORDER BY unit_id, name').all() as { data: string }[];
  return rows.map((row) => JSON.parse(row.data) as DocumentTemplate);
}
