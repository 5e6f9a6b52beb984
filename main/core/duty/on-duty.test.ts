import { describe, expect, it } from 'vitest';
import { dutyScope, dutyUnits } from './duty-scope';
import { escapeText, foldLine, utcStamp } from './duty-ics';
import { bureau, bureauRoster, china, dutyCity, leaders, office, officeOfficer, officers, transportBureau, waterBureau } from './duty-fixture';
import { myDuties, myDutyCalendar } from './my-duties';
import { onDutyNow } from './on-duty-now';
import { putDutyRecord } from './duty-rows';
import { dutyTestId, LEADER_POST, OFFICER_POST } from './test-duty';

const nameOf = (id: string | null) => [...leaders, ...officers].find((p) => p.id === id)?.name;
const onRoster = (date: string, postId: string) => bureauRoster.slots.filter((s) => s.date === date && s.postId === postId).map((s) => nameOf(s.personId));

describe('duty units in scope', () => {
  it('gives the office its own unit and the units reporting to it', () => {
    const db = dutyCity();
    const units = dutyUnits(dutyScope(db, officeOfficer));
    expect(units.map((u) => u.name)).toEqual(['滨州市人民政府办公室', '滨州市应急管理局', '滨州市水利局', '滨州市交通运输局']);
    const own = units.find((u) => u.unitId === office.id)!;
    expect(own).toMatchObject({ member: true, canManage: true, overseen: false, officeAboveId: null });
    expect(own.reportingUnitIds).toEqual(expect.arrayContaining([bureau.id, waterBureau.id, transportBureau.id]));
    expect(units.find((u) => u.unitId === bureau.id)).toMatchObject({ member: false, canManage: false, overseen: true, officeAboveId: office.id });
  });

  it('lets a named 值班管理员 manage a unit they hold no post in', () => {
    const db = dutyCity();
    const outsider = { ...officers[1]!, posts: [{ orgId: waterBureau.id, title: '科员', sort: 1 }] };
    expect(dutyUnits(dutyScope(db, outsider)).find((u) => u.unitId === bureau.id)).toBeUndefined();
    db.prepare("UPDATE duty_setups SET data = json_set(data, '$.managerIds', json_array(?)) WHERE id = ?").run(outsider.id, bureau.id);
    expect(dutyUnits(dutyScope(db, outsider)).find((u) => u.unitId === bureau.id)).toMatchObject({ canManage: true, member: false });
  });
});

describe('who is on duty now', () => {
  it('reads each unit by its own shifts, rostered units first, uncovered last', () => {
    const db = dutyCity();
    const at = china('2026-05-06', '20:00');
    const { units } = onDutyNow(db, dutyScope(db, officeOfficer), at);
    expect(units.map((u) => [u.unitName, u.shift?.shift ?? null])).toEqual([
      ['滨州市应急管理局', 'full'],
      ['滨州市水利局', 'night'],
      ['滨州市人民政府办公室', null],
      ['滨州市交通运输局', null],
    ]);
    const emergency = units[0]!;
    expect(emergency.shift).toEqual({ date: '2026-05-06', shift: 'full', start: china('2026-05-06', '08:30'), end: china('2026-05-07', '08:30') });
    expect(emergency.officePhone).toBe('0543-3161234');
    expect(emergency.rosterId).toBe(bureauRoster.id);
    expect(emergency.people.map((p) => [p.postName, p.name])).toEqual([
      ['带班领导', onRoster('2026-05-06', LEADER_POST)[0]],
      ...onRoster('2026-05-06', OFFICER_POST).map((name) => ['值班员', name]),
    ]);
    expect(emergency.people[0]!.phone).toMatch(/^1380000/);
  });

  it('still shows the previous day before the morning handover, unit by unit', () => {
    const db = dutyCity();
    const { units } = onDutyNow(db, dutyScope(db, officeOfficer), china('2026-05-06', '08:15'));
    const emergency = units.find((u) => u.unitId === bureau.id)!;
    expect(emergency.shift?.date).toBe('2026-05-05');
    expect(emergency.people.map((p) => p.name)).toEqual([...onRoster('2026-05-05', LEADER_POST), ...onRoster('2026-05-05', OFFICER_POST)]);
    expect(units.find((u) => u.unitId === waterBureau.id)?.shift).toMatchObject({ date: '2026-05-06', shift: 'day' });
  });

  it('filters by unit or by person name', () => {
    const db = dutyCity();
    const scope = dutyScope(db, officeOfficer);
    const at = china('2026-05-06', '10:00');
    expect(onDutyNow(db, scope, at, '水利').units.map((u) => u.unitName)).toEqual(['滨州市水利局']);
    const someone = onRoster('2026-05-06', OFFICER_POST)[0]!;
    expect(onDutyNow(db, scope, at, someone).units.map((u) => u.unitName)).toEqual(['滨州市应急管理局']);
    expect(onDutyNow(db, scope, at, '没有这个人').units).toEqual([]);
  });

  it('takes a published holiday roster over the month roster for its days', () => {
    const db = dutyCity();
    const holiday = { ...bureauRoster, id: dutyTestId('roster', 9), kind: 'holiday' as const, from: '2026-05-01', to: '2026-05-05' };
    putDutyRecord(db, 'dutyRoster', { ...holiday, slots: bureauRoster.slots.filter((s) => s.date <= holiday.to).map((s) => ({ ...s, personId: s.postId === LEADER_POST ? leaders[0]!.id : s.personId })) });
    const scope = dutyScope(db, officeOfficer);
    const onMayDay = onDutyNow(db, scope, china('2026-05-03', '10:00')).units.find((u) => u.unitId === bureau.id)!;
    expect(onMayDay.rosterId).toBe(holiday.id);
    expect(onMayDay.people[0]!.name).toBe(leaders[0]!.name);
    expect(onMayDay.people).toHaveLength(3);
    expect(onDutyNow(db, scope, china('2026-05-06', '10:00')).units.find((u) => u.unitId === bureau.id)!.rosterId).toBe(bureauRoster.id);
  });

  it('stops showing a roster once it is no longer published', () => {
    const db = dutyCity();
    db.prepare('DELETE FROM duty_slots WHERE roster_id = ?').run(bureauRoster.id);
    const { units } = onDutyNow(db, dutyScope(db, officeOfficer), china('2026-05-06', '10:00'));
    expect(units.find((u) => u.unitId === bureau.id)).toMatchObject({ shift: null, people: [] });
  });
});

describe('my duties', () => {
  const me = officers[0]!;
  it('lists my places in time order with their hours', () => {
    const db = dutyCity();
    const duties = myDuties(db, dutyScope(db, me), me.id, '2026-05-01', '2026-05-31');
    const mine = bureauRoster.slots.filter((s) => s.personId === me.id);
    expect(duties).toHaveLength(mine.length);
    expect(duties[0]).toEqual({
      rosterId: bureauRoster.id, unitId: bureau.id, unitName: '滨州市应急管理局', date: mine[0]!.date, shift: 'full', postId: OFFICER_POST, postName: '值班员',
      start: china(mine[0]!.date, '08:30'), end: china(bureauRoster.slots.find((s) => s.date > mine[0]!.date)!.date, '08:30'),
    });
    expect(myDuties(db, dutyScope(db, me), me.id, '2026-06-01', '2026-06-30')).toEqual([]);
  });
});

/** Reads an .ics back as RFC 5545 says: lines end in CRLF, a line starting with a space continues the one before. */
function parseIcs(text: string): { events: Record<string, string>[]; lines: string[] } {
  expect(text.endsWith('\r\n')).toBe(true);
  const physical = text.slice(0, -2).split('\r\n');
  expect(physical.every((line) => !line.includes('\n') && !line.includes('\r'))).toBe(true);
  const lines: string[] = [];
  for (const line of physical) {
    if (line.startsWith(' ')) lines[lines.length - 1] += line.slice(1);
    else lines.push(line);
  }
  const events: Record<string, string>[] = [];
  let event: Record<string, string> | null = null;
  let depth = 0;
  for (const line of lines) {
    if (line === 'BEGIN:VEVENT') event = {};
    else if (line === 'END:VEVENT') {
      events.push(event!);
      event = null;
    }
    else if (line === 'BEGIN:VALARM') depth++;
    else if (line === 'END:VALARM') depth--;
    else if (event) {
      const colon = line.indexOf(':');
      event[(depth ? 'ALARM-' : '') + line.slice(0, colon)] = line.slice(colon + 1);
    }
  }
  return { events, lines: physical };
}

const unescape = (text: string) => text.replace(/\\([\\;,nN])/g, (_m, c: string) => (c === 'n' || c === 'N' ? '\n' : c));

describe('my duties as iCalendar', () => {
  it('escapes text and folds long lines at 75 octets without splitting a character', () => {
    const tricky = '说明：a,b;c\\d\n第二行';
    expect(unescape(escapeText(tricky))).toBe(tricky);
    const long = `DESCRIPTION:${escapeText('值班电话：0543-3161234；'.repeat(10))}`;
    const folded = foldLine(long).split('\r\n');
    expect(folded.length).toBeGreaterThan(1);
    expect(folded.every((line) => Buffer.byteLength(line, 'utf8') <= 75)).toBe(true);
    expect(folded.slice(1).every((line) => line.startsWith(' '))).toBe(true);
    expect(folded.map((line, i) => (i === 0 ? line : line.slice(1))).join('')).toBe(long);
  });

  it('has one event per duty, in UTC, with the office phone and the leader on that shift', () => {
    const db = dutyCity();
    const me = officers[0]!;
    const scope = dutyScope(db, me);
    const text = myDutyCalendar(db, scope, me.id, '2026-05-01', '2026-05-31', china('2026-04-30', '12:00'));
    const { events, lines } = parseIcs(text);
    expect(lines.every((line) => Buffer.byteLength(line, 'utf8') <= 75)).toBe(true);
    expect(lines[0]).toBe('BEGIN:VCALENDAR');
    const duties = myDuties(db, scope, me.id, '2026-05-01', '2026-05-31');
    expect(events).toHaveLength(duties.length);
    const [first] = events;
    const duty = duties[0]!;
    expect(first!.DTSTART).toBe(utcStamp(duty.start));
    expect(first!.DTSTART).toMatch(/^\d{8}T\d{6}Z$/);
    expect(first!.DTEND).toBe(utcStamp(duty.end));
    expect(unescape(first!.SUMMARY!)).toBe('值班：值班员（滨州市应急管理局）');
    const leader = nameOf(bureauRoster.slots.find((s) => s.date === duty.date && s.postId === LEADER_POST)!.personId)!;
    expect(unescape(first!.DESCRIPTION!)).toContain('值班电话：0543-3161234');
    expect(unescape(first!.DESCRIPTION!)).toContain(`带班领导：${leader}`);
    expect(first!['ALARM-TRIGGER;VALUE=DATE-TIME']).toBe(utcStamp(china(addDay(duty.date, -1), '20:00')));
    expect(new Set(events.map((e) => e.UID)).size).toBe(events.length);
    // The same place keeps its UID in a later export, so calendars update instead of doubling.
    const again = parseIcs(myDutyCalendar(db, scope, me.id, '2026-05-01', '2026-05-31', china('2026-05-02', '12:00'))).events;
    expect(again.map((e) => e.UID)).toEqual(events.map((e) => e.UID));
  });
});

function addDay(iso: string, delta: number): string {
  return new Date(Date.parse(`${iso}T00:00:00Z`) + delta * 86_400_000).toISOString().slice(0, 10);
}
