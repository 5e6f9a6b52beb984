import type { Org } from '../directory/schemas';

/**
 * Who reports to whom on duty matters. A unit reports to the duty office (总值班室) of the
 * government above it, which sits in that government's 办公室: 市应急局 → 市政府办公室, 惠民县应急管理局
 * → 惠民县人民政府办公室, and a county's office → the city's office. Other units report to their
 * nearest unit above.
 */
export class DutyOffices {
  private readonly byId: Map<string, Org>;
  private readonly unitChildren = new Map<string, Org[]>();
  private readonly above = new Map<string, string | null>();
  private readonly below = new Map<string, string[]>();

  constructor(orgs: readonly Org[]) {
    this.byId = new Map(orgs.map((org) => [org.id, org]));
    for (const org of orgs) if (org.kind === 'unit' && org.parentId) listAt(this.unitChildren, org.parentId).push(org);
    for (const org of orgs) {
      if (org.kind !== 'unit') continue;
      const office = this.findOfficeAbove(org.id);
      this.above.set(org.id, office);
      if (office) listAt(this.below, office).push(org.id);
    }
  }

  /** The duty office a unit reports to; null at the top. */
  officeAbove(unitId: string): string | null {
    return this.above.get(unitId) ?? null;
  }

  /** The units reporting straight to this office (the ones a 报送通知 usually goes to). */
  reportingTo(officeUnitId: string): string[] {
    return this.below.get(officeUnitId) ?? [];
  }

  /** Every unit this office oversees, directly or through the offices below it. */
  overseen(officeUnitId: string): string[] {
    const seen = new Set<string>();
    const queue = [...this.reportingTo(officeUnitId)];
    for (let unitId = queue.pop(); unitId !== undefined; unitId = queue.pop()) {
      if (seen.has(unitId)) continue;
      seen.add(unitId);
      queue.push(...this.reportingTo(unitId));
    }
    return [...seen];
  }

  /** The offices above a unit, nearest first: the ones that see its duty records. */
  officesOver(unitId: string): string[] {
    const chain: string[] = [];
    for (let office = this.officeAbove(unitId); office && !chain.includes(office); office = this.officeAbove(office)) chain.push(office);
    return chain;
  }

  private findOfficeAbove(unitId: string): string | null {
    for (let parent = this.parentUnit(unitId); parent; parent = this.parentUnit(parent)) {
      const office = this.governmentOffice(parent);
      if (office !== unitId) return office;
    }
    return null;
  }

  private parentUnit(orgId: string): string | null {
    for (let org = this.byId.get(this.byId.get(orgId)?.parentId ?? ''); org; org = this.byId.get(org.parentId ?? '')) {
      if (org.kind === 'unit') return org.id;
    }
    return null;
  }

  /** A 人民政府's duty is run by its 办公室; any other unit runs its own. */
  private governmentOffice(unitId: string): string {
    const unit = this.byId.get(unitId);
    if (!unit?.name.endsWith('人民政府')) return unitId;
    const office = this.unitChildren.get(unitId)?.find((org) => org.name.endsWith('办公室'));
    return office?.id ?? unitId;
  }
}

function listAt<T>(map: Map<string, T[]>, key: string): T[] {
  let list = map.get(key);
  if (!list) map.set(key, (list = []));
  return list;
}
