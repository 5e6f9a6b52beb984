import type { Database } from 'better-sqlite3';

/**
 * The yearly register of 督办 numbers (督〔2026〕12号). A number is taken inside the 立项 write
 * transaction, and the server has one writer, so concurrent 立项 get consecutive numbers with no
 * gaps and no duplicates; the primary key refuses a duplicate should that ever change.
 */
export class SupervisionNumbers {
  private readonly lastSerial;
  private readonly insert;

  constructor(db: Database) {
    this.lastSerial = db.prepare<[number], { serial: number | null }>('SELECT MAX(serial) AS serial FROM supervision_numbers WHERE year = ?');
    this.insert = db.prepare<[number, number, string]>('INSERT INTO supervision_numbers (year, serial, item_id) VALUES (?, ?, ?)');
  }

  next(year: number, itemId: string): number {
    const serial = (this.lastSerial.get(year)?.serial ?? 0) + 1;
    this.insert.run(year, serial, itemId);
    return serial;
  }
}
