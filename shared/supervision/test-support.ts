/** Helpers for the tests of the pure 督查督办 logic; nothing outside *.test.ts imports this. */
import { personId } from '../documents/test-support';
import { CreateSupervisionInput } from './actions';
import type { FeedbackCadence } from './kinds';
import { newSupervisionItem } from './lifecycle';
import type { SupervisionItem } from './records';
import { dayOfIso, isoOfDay } from './working-day-index';

export { deepFreeze, personId } from '../documents/test-support';

export function unitId(n: number): string {
  return `00000000-0000-4000-9000-${n.toString().padStart(12, '0')}`;
}

export function milestoneId(n: number): string {
  return `00000000-0000-4000-a000-${n.toString().padStart(12, '0')}`;
}

/** An instant on a day in China, mid-morning. */
export function at(isoDate: string, time = '09:30'): number {
  return Date.parse(`${isoDate}T${time}:00+08:00`);
}

export function nextIsoDay(isoDate: string, delta = 1): string {
  return isoOfDay(dayOfIso(isoDate) + delta);
}

export const supervisor = personId(1);
export const instructingLeader = personId(2);
export const leadUnit = unitId(1);
export const supportUnit = unitId(2);

interface Sketch {
  createdOn: string;
  deadline: string;
  cadence?: FeedbackCadence;
  milestones?: { title: string; due: string }[];
  supportUnits?: number;
  serial?: number;
}

/** An item just registered by `supervisor`: 牵头 unitId(1), 配合 unitId(2…), nobody signed yet. */
export function registered({ createdOn, deadline, cadence = 'weekly', milestones = [], supportUnits = 1, serial = 1 }: Sketch): SupervisionItem {
  const input = CreateSupervisionInput.parse({
    id: `00000000-0000-4000-b000-${serial.toString().padStart(12, '0')}`,
    ownerUnitId: unitId(100),
    source: '领导批示',
    instructingLeaderId: instructingLeader,
    title: `督办事项${serial}`,
    cadence,
    deadline,
    milestones: milestones.map((m, i) => ({ id: milestoneId(i + 1), ...m })),
    units: [{ unitId: leadUnit, role: 'lead' }, ...Array.from({ length: supportUnits }, (_, i) => ({ unitId: unitId(i + 2), role: 'support' as const }))],
  });
  return newSupervisionItem(input, { year: Number(createdOn.slice(0, 4)), serial }, supervisor, at(createdOn));
}

/** Every unit signed on `acceptedOn`, unitId(n)'s 责任人 being personId(100 + n). */
export function accepted(item: SupervisionItem, acceptedOn: string): SupervisionItem {
  return {
    ...item,
    status: 'handling',
    units: item.units.map((u, i) => ({ ...u, status: 'accepted', ownerId: personId(101 + i), acceptedAt: at(acceptedOn) })),
  };
}
