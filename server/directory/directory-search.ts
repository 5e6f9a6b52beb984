import type { Database } from 'better-sqlite3';
import type { Person } from '../../shared/directory/schemas';
import type { DirectoryStore, PersonRow } from './directory-store';

interface Candidate extends PersonRow {
  org_names: string | null;
  titles: string | null;
}

const CANDIDATE_CAP = 2000;

const escapeLike = (text: string): string => text.replace(/[\\%_]/g, (c) => `\\${c}`);

/**
 * Finds active people by name, pinyin, initials, phone, org name or post title. Ranked so that
 * what the user most likely meant comes first: exact, then prefix, then anywhere in the text.
 */
export class DirectorySearch {
  private readonly candidates;

  constructor(
    db: Database,
    private readonly store: DirectoryStore,
  ) {
    this.candidates = db.prepare<{ contains: string; prefix: string; cap: number }, Candidate>(`
      SELECT p.*, group_concat(o.name, '|') AS org_names, group_concat(s.title, '|') AS titles
      FROM people p
      LEFT JOIN posts s ON s.person_id = p.id
      LEFT JOIN orgs o ON o.id = s.org_id
      WHERE p.disabled = 0
      GROUP BY p.id
      HAVING p.name LIKE :contains ESCAPE '\\' OR p.pinyin LIKE :prefix ESCAPE '\\' OR p.initials LIKE :prefix ESCAPE '\\'
        OR p.username LIKE :prefix ESCAPE '\\' OR p.phone LIKE :contains ESCAPE '\\'
        OR org_names LIKE :contains ESCAPE '\\' OR titles LIKE :contains ESCAPE '\\'
      LIMIT :cap`);
  }

  search(query: string, limit: number): Person[] {
    const q = query.trim().toLowerCase();
    const compact = q.replace(/\s+/g, '');
    const rows = this.candidates.all({ contains: `%${escapeLike(q)}%`, prefix: `${escapeLike(compact)}%`, cap: CANDIDATE_CAP });
    return rows
      .map((row) => ({ row, rank: rank(row, q, compact) }))
      .sort((a, b) => a.rank - b.rank || a.row.pinyin.localeCompare(b.row.pinyin))
      .slice(0, limit)
      .map(({ row }) => this.store.toPerson(row));
  }
}

function rank(row: Candidate, q: string, compact: string): number {
  const name = row.name.toLowerCase();
  if (name === q) return 0;
  if (row.pinyin === compact || row.initials === compact) return 1;
  if (name.startsWith(q)) return 2;
  if (row.phone === q || row.username.toLowerCase() === compact) return 3;
  if (row.pinyin.startsWith(compact) || row.initials.startsWith(compact)) return 4;
  if (row.phone.endsWith(q) || row.phone.startsWith(q)) return 5;
  if (name.includes(q)) return 6;
  const fields = [...(row.org_names?.split('|') ?? []), ...(row.titles?.split('|') ?? [])].map((f) => f.toLowerCase());
  if (fields.some((f) => f === q)) return 7;
  if (fields.some((f) => f.startsWith(q))) return 8;
  return 9;
}
