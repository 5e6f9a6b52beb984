import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { SupervisionListQuery, type SupervisionListItem } from '../../../shared/supervision/api-types';

type Listed = Omit<SupervisionListItem, 'pending'>;
import { lights, supervisionSources, supervisionStatuses, type Light } from '../../../shared/supervision/kinds';
import { availableSupervisionActions } from '../../../shared/supervision/lifecycle';
import { itemLight, workingDaysOverdue } from '../../../shared/supervision/lights';
import type { SupervisionItem } from '../../../shared/supervision/records';
import { chinaDayOf, dayOfIso, isoOfDay } from '../../../shared/supervision/working-day-index';
import type { LocalDb } from '../store/open-local-db';
import { applyChange, type ApplyEffects } from '../sync/appliers';
import { tempDb } from '../test-support/fixtures';
import { actorFor, type MySupervisionRoles } from '../../../shared/supervision/my-roles';
import { refreshActionable } from './my-actions';
import { supervisionCounts } from './supervision-counts';
import { listItems } from './supervision-list';
import { atNine, corpus, TODAY } from './test-items';

const effects = (): ApplyEffects => ({ areas: new Set(), newMessages: [] });
const put = (db: LocalDb, item: SupervisionItem) => applyChange(db, { entity: 'supervisionItem', op: 'put', data: item }, effects());

const { items, unitIds, leaderIds, ownerUnitId, supervisorId } = corpus(600, 12);
const db = tempDb();
db.transaction(() => items.forEach((item) => put(db, item)))();

/** The lead's 责任人 of an item in the corpus, who is no 督查员, and one who is. */
const owner = items.find((item) => item.status === 'handling')!.units[0]!;
const ownerRoles: MySupervisionRoles = { personId: owner.ownerId!, supervisedUnitIds: [], unitIds: [owner.unitId], leaderUnitIds: [] };
const supervisorRoles: MySupervisionRoles = { personId: supervisorId, supervisedUnitIds: [ownerUnitId], unitIds: [ownerUnitId], leaderUnitIds: [] };

const lightOrder: Record<Light, number> = { red: 0, yellow: 1, green: 2, grey: 3 };

/** The filters and orders written out plainly over the records, to hold the SQL to. */
function expected(query: SupervisionListQuery, today: string, roles: MySupervisionRoles): string[] {
  const q = SupervisionListQuery.parse(query);
  const position = new Map(items.map((item, i) => [item.id, i]));
  return items
    .filter(
      (item) =>
        (!q.status || item.status === q.status) &&
        (!q.source || item.source === q.source) &&
        (!q.priority || item.priority === q.priority) &&
        (!q.instructingLeaderId || item.instructingLeaderId === q.instructingLeaderId) &&
        (!q.from || item.deadline >= q.from) &&
        (!q.to || item.deadline <= q.to) &&
        (!q.unitId || item.units.some((u) => u.unitId === q.unitId)) &&
        (!q.light || itemLight(item, today) === q.light) &&
        (!q.q || [item.number, item.title, item.originalText].some((text) => text.includes(q.q!))) &&
        (!q.mine || availableSupervisionActions(item, actorFor(roles, item), today).length > 0),
    )
    .sort((a, b) => {
      const later = position.get(b.id)! - position.get(a.id)!;
      if (q.sort === 'deadline') return a.deadline.localeCompare(b.deadline) || -later;
      if (q.sort === 'updated') return b.updatedAt - a.updatedAt || later;
      return lightOrder[itemLight(a, today)] - lightOrder[itemLight(b, today)] || a.deadline.localeCompare(b.deadline) || b.updatedAt - a.updatedAt || later;
    })
    .map((item) => item.id);
}

/** Every page of a listing, so the whole order is compared. */
function listAll(query: SupervisionListQuery, today = TODAY): { items: Listed[]; total: number } {
  const all: Listed[] = [];
  for (let offset = 0; ; offset += 70) {
    const page = listItems(db, SupervisionListQuery.parse({ ...query, limit: 70, offset }), today);
    all.push(...page.items);
    if (page.items.length < 70) return { items: all, total: page.total };
  }
}

const ids = (listed: Listed[]) => listed.map((item) => item.id);

describe('supervision lists', () => {
  it('holds exactly the items each filter selects, in the order each sort asks for', async () => {
    expect(await refreshActionable(db, ownerRoles, TODAY)).toBe(true);
    expect(await refreshActionable(db, ownerRoles, TODAY)).toBe(false);
    const queries: SupervisionListQuery[] = [
      {},
      { sort: 'deadline' },
      { sort: 'updated' },
      ...supervisionStatuses.map((status) => ({ status })),
      ...lights.map((light) => ({ light })),
      ...lights.map((light) => ({ light, sort: 'deadline' as const })),
      ...supervisionSources.slice(0, 3).map((source) => ({ source })),
      { unitId: unitIds[3] },
      { unitId: unitIds[5], status: 'handling', sort: 'updated' },
      { instructingLeaderId: leaderIds[2] },
      { priority: '紧急', light: 'red' },
      { from: '2026-09-01', to: '2026-10-31' },
      { q: '防汛' },
      { q: '老旧小区', status: 'closed' },
      { q: '督〔2026〕1' },
      { q: '养' },
      { mine: true },
    ];
    for (const query of queries) {
      const { items: listed, total } = listAll(query);
      const want = expected(query, TODAY, ownerRoles);
      expect(ids(listed), JSON.stringify(query)).toEqual(want);
      expect(total).toBe(want.length);
    }
    expect(expected({ mine: true }, TODAY, ownerRoles).length).toBeGreaterThan(0);
  });

  it('shows each item with its light, progress and working days overdue as of today', () => {
    const byId = new Map(items.map((item) => [item.id, item]));
    for (const listed of listAll({}).items) {
      const item = byId.get(listed.id)!;
      const lead = item.units.find((u) => u.role === 'lead')!;
      expect(listed).toEqual({
        id: item.id, number: item.number, title: item.title, source: item.source, priority: item.priority, status: item.status,
        light: itemLight(item, TODAY), deadline: item.deadline, leadUnitId: lead.unitId,
        supportUnitIds: item.units.filter((u) => u.role === 'support').map((u) => u.unitId), instructingLeaderId: item.instructingLeaderId,
        percent: lead.percent, daysOverdue: itemLight(item, TODAY) === 'grey' ? 0 : workingDaysOverdue(item.deadline, TODAY), updatedAt: item.updatedAt,
      });
    }
  });

  it("gives every item today's light: the stored schedule agrees with itemLight on any day, holidays and 调休 included", () => {
    const firstCreated = Math.min(...items.map((item) => chinaDayOf(item.createdAt)));
    fc.assert(
      fc.property(fc.integer({ min: firstCreated - 30, max: dayOfIso(TODAY) + 120 }), (day) => {
        const today = isoOfDay(day);
        for (const listed of listAll({}, today).items) {
          const item = items.find((candidate) => candidate.id === listed.id)!;
          expect(listed.light, `${item.id} on ${today}`).toBe(itemLight(item, today));
        }
      }),
      { numRuns: 40 },
    );
  });

  it('agrees with itemLight for arbitrary items and days', () => {
    const one = tempDb();
    const isoDay = (min: string, max: string) => fc.integer({ min: dayOfIso(min), max: dayOfIso(max) }).map(isoOfDay);
    const arbitraryItem = fc
      .record({
        base: fc.constantFrom(...items),
        createdOn: isoDay('2025-12-01', '2026-12-31'),
        periodDays: fc.integer({ min: 0, max: 120 }),
        cadence: fc.constantFrom('weekly' as const, 'monthly' as const, 'milestone' as const),
        status: fc.constantFrom(...supervisionStatuses),
        accepted: fc.array(fc.option(fc.integer({ min: 0, max: 60 }), { nil: null }), { minLength: 1, maxLength: 3 }),
        milestones: fc.array(fc.record({ offset: fc.integer({ min: 0, max: 120 }), done: fc.boolean(), reported: fc.boolean() }), { maxLength: 3 }),
      })
      .map(({ base, createdOn, periodDays, cadence, status, accepted, milestones }): SupervisionItem => {
        const createdAt = atNine(createdOn);
        const deadline = isoOfDay(dayOfIso(createdOn) + periodDays);
        const nodes = milestones.map((m, i) => ({ id: base.id.replace(/.$/, String(i)), title: `节点${i}`, due: isoOfDay(dayOfIso(createdOn) + Math.min(m.offset, periodDays)), doneAt: m.done ? createdAt : null }));
        return {
          ...base, createdAt, deadline, cadence, status, milestones: nodes, closedAt: status === 'closed' || status === 'archived' ? createdAt : null,
          units: accepted.map((days, i) => ({
            unitId: unitIds[i]!, role: i === 0 ? 'lead' : 'support', status: days === null ? 'pending' : 'accepted', assignedAt: createdAt, ownerId: days === null ? null : supervisorId,
            acceptedAt: days === null ? null : createdAt + days * 86_400_000, returnReason: '', percent: 0, lastReportAt: days === null ? null : createdAt + days * 2 * 86_400_000, partDone: false,
          })),
          reports: milestones.flatMap((m, i) =>
            m.reported
              ? [{ id: nodes[i]!.id, unitId: unitIds[0]!, byId: supervisorId, at: createdAt, text: '', percent: 0, fileIds: [], milestoneId: nodes[i]!.id, status: 'submitted' as const, reviewOpinion: '', reviewedBy: null }]
              : [],
          ),
        };
      });
    fc.assert(
      fc.property(arbitraryItem, fc.integer({ min: -30, max: 200 }), (item, offset) => {
        put(one, item);
        const today = isoOfDay(chinaDayOf(item.createdAt) + offset);
        const [listed] = listItems(one, SupervisionListQuery.parse({ q: item.number }), today).items.filter((l) => l.id === item.id);
        expect(listed?.light).toBe(itemLight(item, today));
      }),
      { numRuns: 400 },
    );
  });

  it('counts what waits on me, the red and yellow items and those still open, for whoever I am', async () => {
    for (const roles of [ownerRoles, supervisorRoles]) {
      await refreshActionable(db, roles, TODAY);
      expect(supervisionCounts(db, TODAY)).toEqual({
        mine: expected({ mine: true }, TODAY, roles).length,
        red: items.filter((item) => itemLight(item, TODAY) === 'red').length,
        yellow: items.filter((item) => itemLight(item, TODAY) === 'yellow').length,
        open: items.filter((item) => item.status !== 'closed' && item.status !== 'archived').length,
      });
    }
  });
});
