import { addCalendarDays } from '../../../shared/calendar/working-days';
import type { MyDuty } from '../../../shared/duty/api-types';
import { chinaInstant } from '../../../shared/duty/shift-times';
import { isoDateInChina } from '../../../shared/documents/dates';

/** What each event says besides the place itself. */
export interface DutyEventDetails {
  officePhone: string;
  leaders: { name: string; phone: string }[];
}

const CRLF = '\r\n';
const MAX_OCTETS = 75;

/** RFC 5545 §3.3.11: backslash, semicolon, comma and line breaks are escaped in TEXT values. */
export function escapeText(text: string): string {
  return text.replace(/\\/g, '\\\\').replace(/;/g, '\\;').replace(/,/g, '\\,').replace(/\r?\n/g, '\\n');
}

/** RFC 5545 §3.1: lines longer than 75 octets go on in lines that start with a space, never inside a character. */
export function foldLine(line: string): string {
  const parts: string[] = [];
  let current = '';
  let octets = 0;
  for (const char of line) {
    const size = Buffer.byteLength(char, 'utf8');
    // Continuation lines carry the leading space within their 75 octets.
    const limit = parts.length === 0 ? MAX_OCTETS : MAX_OCTETS - 1;
    if (octets + size > limit) {
      parts.push(current);
      current = '';
      octets = 0;
    }
    current += char;
    octets += size;
  }
  parts.push(current);
  return parts.join(`${CRLF} `);
}

/** 20260501T000000Z */
export function utcStamp(epochMs: number): string {
  return new Date(epochMs).toISOString().replace(/[-:]/g, '').replace(/\.\d{3}/, '');
}

/** The reminder goes off at 20:00 (China) the evening before the shift's first day. */
const REMINDER_CLOCK = '20:00';

function dutyEvent(duty: MyDuty, details: DutyEventDetails, stamp: number): string[] {
  const leaders = details.leaders.map((leader) => (leader.phone ? `${leader.name}（${leader.phone}）` : leader.name)).join('、');
  const description = [`值班电话：${details.officePhone || '未设置'}`, `带班领导：${leaders || '未安排'}`].join('\n');
  const summary = `值班：${duty.postName}（${duty.unitName}）`;
  return [
    'BEGIN:VEVENT',
    `UID:duty-${duty.unitId}-${duty.date}-${duty.shift}-${duty.postId}@xietong`,
    `DTSTAMP:${utcStamp(stamp)}`,
    `DTSTART:${utcStamp(duty.start)}`,
    `DTEND:${utcStamp(duty.end)}`,
    `SUMMARY:${escapeText(summary)}`,
    `DESCRIPTION:${escapeText(description)}`,
    `LOCATION:${escapeText(duty.unitName)}`,
    'BEGIN:VALARM',
    'ACTION:DISPLAY',
    `TRIGGER;VALUE=DATE-TIME:${utcStamp(chinaInstant(addCalendarDays(isoDateInChina(duty.start), -1), REMINDER_CLOCK))}`,
    `DESCRIPTION:${escapeText(`明天值班：${duty.postName}（${duty.unitName}）`)}`,
    'END:VALARM',
    'END:VEVENT',
  ];
}

/** My duties as an iCalendar file that Outlook, 日历 and 钉钉 import. */
export function dutyCalendar(duties: { duty: MyDuty; details: DutyEventDetails }[], stamp: number): string {
  const lines = [
    'BEGIN:VCALENDAR',
    'VERSION:2.0',
    'PRODID:-//Xietong//值班值守//ZH',
    'CALSCALE:GREGORIAN',
    'METHOD:PUBLISH',
    `X-WR-CALNAME:${escapeText('我的值班')}`,
    ...duties.flatMap(({ duty, details }) => dutyEvent(duty, details, stamp)),
    'END:VCALENDAR',
  ];
  return lines.map(foldLine).join(CRLF) + CRLF;
}
