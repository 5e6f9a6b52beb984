import { describe, expect, it } from 'vitest';
import type { Org } from '../directory/schemas';
import { DutyOffices } from './duty-offices';

let next = 0;
const orgs: Org[] = [];
function org(name: string, parent: Org | null, kind: 'unit' | 'dept' = 'unit'): Org {
  const made: Org = { id: `00000000-0000-4000-8000-${String(++next).padStart(12, '0')}`, parentId: parent?.id ?? null, name, kind, sort: next, updatedAt: 0 };
  orgs.push(made);
  return made;
}

const city = org('滨州市人民政府', null);
const cityOffice = org('市政府办公室', city);
const dutyRoom = org('总值班室', cityOffice, 'dept');
const emergency = org('市应急局', city);
const county = org('惠民县人民政府', city);
const countyOffice = org('惠民县人民政府办公室', county);
const countyEmergency = org('惠民县应急管理局', county);
const offices = new DutyOffices(orgs);

describe('duty offices', () => {
  it('sends a department up to its government office, and a county office to the city office', () => {
    expect(offices.officeAbove(emergency.id)).toBe(cityOffice.id);
    expect(offices.officeAbove(countyEmergency.id)).toBe(countyOffice.id);
    expect(offices.officeAbove(countyOffice.id)).toBe(cityOffice.id);
    expect(offices.officeAbove(county.id)).toBe(cityOffice.id);
    expect(offices.officeAbove(cityOffice.id)).toBeNull();
    expect(offices.officeAbove(city.id)).toBeNull();
    expect(offices.officeAbove(dutyRoom.id)).toBeNull();
  });

  it('lets the city office oversee the counties’ units through their offices', () => {
    expect(offices.reportingTo(cityOffice.id).sort()).toEqual([emergency.id, county.id, countyOffice.id].sort());
    expect(offices.overseen(cityOffice.id)).toContain(countyEmergency.id);
    expect(offices.overseen(countyOffice.id)).toEqual([countyEmergency.id]);
    expect(offices.officesOver(countyEmergency.id)).toEqual([countyOffice.id, cityOffice.id]);
  });
});
