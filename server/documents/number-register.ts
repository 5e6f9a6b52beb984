import type { Database } from 'better-sqlite3';
import type { NumberRegisterEntry } from '../../shared/documents/api-types';
import { formatDocNumber } from '../../shared/documents/doc-number';

interface NumberRow {
  agency_code: string;
  year: number;
  serial: number;
  document_id: string;
  status: 'used' | 'voided';
  at: number;
  by_id: string;
  reason: string;
}

/**
 * 发文字号 and 收文编号 registers. Numbers are taken inside the command's write transaction, and
 * the server has one writer, so concurrent requests get consecutive numbers with no gaps and no
 * duplicates; a voided number keeps its row (status 'voided') and the next number moves on.
 */
export class NumberRegister {
  private readonly lastSerial;
  private readonly insertNumber;
  private readonly voidNumber;
  private readonly list;
  private readonly lastIncoming;
  private readonly insertIncoming;

  constructor(db: Database) {
    this.lastSerial = db.prepare<[string, string, number], { serial: number | null }>(
      'SELECT MAX(serial) AS serial FROM doc_numbers WHERE unit_id = ? AND agency_code = ? AND year = ?',
    );
    this.insertNumber = db.prepare(
      "INSERT INTO doc_numbers (unit_id, agency_code, year, serial, document_id, status, at, by_id) VALUES (?, ?, ?, ?, ?, 'used', ?, ?)",
    );
    this.voidNumber = db.prepare<[string, number, string, string, string, number]>(
      "UPDATE doc_numbers SET status = 'voided', reason = ?, at = ?, by_id = ? WHERE document_id = ? AND status = 'used' AND agency_code = ? AND year = ?",
    );
    this.list = db.prepare<[string, string, number], NumberRow>(
      'SELECT * FROM doc_numbers WHERE unit_id = ? AND agency_code = ? AND year = ? ORDER BY serial',
    );
    this.lastIncoming = db.prepare<[string, number], { serial: number | null }>(
      'SELECT MAX(serial) AS serial FROM incoming_numbers WHERE unit_id = ? AND year = ?',
    );
    this.insertIncoming = db.prepare('INSERT INTO incoming_numbers (unit_id, year, serial, incoming_id) VALUES (?, ?, ?, ?)');
  }

  assign(unitId: string, agencyCode: string, year: number, documentId: string, byId: string, now: number): string {
    const serial = (this.lastSerial.get(unitId, agencyCode, year)?.serial ?? 0) + 1;
    this.insertNumber.run(unitId, agencyCode, year, serial, documentId, now, byId);
    return formatDocNumber({ agencyCode, year, serial });
  }

  void(documentId: string, agencyCode: string, year: number, reason: string, byId: string, now: number): void {
    this.voidNumber.run(reason, now, byId, documentId, agencyCode, year);
  }

  entries(unitId: string, agencyCode: string, year: number): NumberRegisterEntry[] {
    return this.list.all(unitId, agencyCode, year).map((row) => ({
      docNumber: formatDocNumber({ agencyCode: row.agency_code, year: row.year, serial: row.serial }),
      serial: row.serial,
      documentId: row.document_id,
      status: row.status,
      at: row.at,
      byId: row.by_id,
      reason: row.reason,
    }));
  }

  /** 收文编号: 收〔2026〕12号 style, per recipient unit and year. */
  assignIncoming(unitId: string, year: number, incomingId: string): string {
    const serial = (this.lastIncoming.get(unitId, year)?.serial ?? 0) + 1;
    this.insertIncoming.run(unitId, year, serial, incomingId);
    return `收〔${year}〕${serial}号`;
  }
}
