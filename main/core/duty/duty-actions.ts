import type { z } from 'zod';
import { classifiedRefusalMessage, findClassificationMark } from '../../../shared/classification';
import type { desktopApi } from '../../../shared/desktop-api';
import type { DutyHandover, Incident, IncidentReport } from '../../../shared/duty/records';
import { reportTitle } from '../../../shared/duty/incident-deadlines';
import { nextShift } from '../../../shared/duty/shift-times';
import { AppError } from '../../../shared/errors';
import type { CommandType } from '../../../shared/sync/commands';
import { queueCommand } from '../outbox/run-command';
import { prepared } from '../store/prepared';
import type { UserContext } from '../user-context';
import { dutyRecord, putDutyRecord, type DutyEntity, type DutyRecords } from './duty-rows';
import { dutyScope } from './duty-scope';

type Input<M extends keyof typeof desktopApi.duty> = z.output<(typeof desktopApi.duty)[M]['input']>;

/** Until the server fixes them from its configuration, the countdowns run on the usual 30 and 60 minutes. */
const PHONE_MINUTES = 30;
const WRITTEN_MINUTES = 60;
const MINUTE = 60_000;

const quoted = (title: string) => `《${title}》`;

function changed(ctx: UserContext): void {
  ctx.emit({ type: 'changed', areas: ['duty', 'outbox'] });
}

/** 涉密信息不上网: every string a person wrote into a command, refused here at once, even offline. */
function refuseClassified(input: unknown): void {
  // Ids, dates and kinds never carry a mark, so the whole input can be searched at once.
  const mark = findClassificationMark(JSON.stringify(input));
  if (mark) throw new AppError('classified_refused', `${classifiedRefusalMessage}（发现"${mark}"）`);
}

/**
 * Queues a command whose record shows here at once: written in the enqueue's transaction, with the
 * record it replaces kept as the undo (see duty-local-effects.ts).
 */
function write<E extends DutyEntity>(ctx: UserContext, type: CommandType, input: object, summary: string, entity: E, record: DutyRecords[E]): void {
  refuseClassified(input);
  queueCommand(ctx, {
    type,
    input: input as Record<string, unknown>,
    summary,
    apply: () => {
      const before = dutyRecord(ctx.db, entity, record.id);
      putDutyRecord(ctx.db, entity, record);
      return before;
    },
  });
  changed(ctx);
}

/** A decision goes to the server as it is: the record moves when the server says so. */
function decide(ctx: UserContext, type: CommandType, input: object, summary: string): void {
  refuseClassified(input);
  queueCommand(ctx, { type, input: input as Record<string, unknown>, summary });
  changed(ctx);
}

export function saveSetup(ctx: UserContext, input: Input<'saveSetup'>): void {
  const setup = { ...input, id: input.unitId, updatedAt: ctx.clock(), updatedBy: ctx.me.id };
  write(ctx, 'duty.saveSetup', input, '保存值班设置', 'dutySetup', setup);
}

export function saveRoster(ctx: UserContext, input: Input<'saveRoster'>): void {
  const before = dutyRecord(ctx.db, 'dutyRoster', input.id);
  if (before && input.expectedVersion !== before.version) throw new AppError('conflict', '值班表已被他人修改，请重新打开后再编辑');
  const now = ctx.clock();
  const { expectedVersion: _version, ...fields } = input;
  const roster = {
    ...fields,
    status: before?.status ?? ('draft' as const),
    submission: before?.submission ?? null,
    version: before?.version ?? 1,
    createdBy: before?.createdBy ?? ctx.me.id,
    createdAt: before?.createdAt ?? now,
    updatedAt: now,
    history: before?.history ?? [],
  };
  write(ctx, 'duty.saveRoster', input, `保存值班表${quoted(input.title)}`, 'dutyRoster', roster);
}

const rosterActionLabels = { publish: '发布', submit: '报送', return: '退回', accept: '接收' } as const;

export function actRoster(ctx: UserContext, input: Input<'actRoster'>): void {
  const roster = dutyRecord(ctx.db, 'dutyRoster', input.rosterId);
  if (!roster) throw new AppError('not_found', '值班表不存在，或您无权查看');
  decide(ctx, 'duty.actRoster', input, `值班表${quoted(roster.title)}：${rosterActionLabels[input.action.kind]}`);
}

export function createCall(ctx: UserContext, input: Input<'createCall'>): void {
  const call = { ...input, createdBy: ctx.me.id, createdAt: ctx.clock() };
  write(ctx, 'duty.createCall', input, `报送通知${quoted(input.title)}`, 'rosterCall', call);
}

export function requestSwap(ctx: UserContext, input: Input<'requestSwap'>): void {
  const roster = dutyRecord(ctx.db, 'dutyRoster', input.rosterId);
  if (!roster) throw new AppError('not_found', '值班表不存在，或您无权查看');
  const now = ctx.clock();
  const swap = {
    ...input, unitId: roster.unitId, requesterId: ctx.me.id, status: 'requested' as const, decidedBy: null, history: [], createdAt: now, updatedAt: now,
  };
  write(ctx, 'duty.requestSwap', input, `${input.kind === 'swap' ? '换班' : '替班'}申请（${input.slot.date}）`, 'dutySwap', swap);
}

const swapDecisionLabels = { accept: '同意换班', decline: '拒绝换班', approve: '批准换班', refuse: '不批准换班', cancel: '撤回换班申请' } as const;

export function decideSwap(ctx: UserContext, input: Input<'decideSwap'>): void {
  const swap = dutyRecord(ctx.db, 'dutySwap', input.swapId);
  if (!swap) throw new AppError('not_found', '换班申请不存在，或您无权查看');
  decide(ctx, 'duty.decideSwap', input, `${swapDecisionLabels[input.decision]}（${swap.slot.date}）`);
}

export function saveLogEntry(ctx: UserContext, input: Input<'saveLogEntry'>): void {
  const before = dutyRecord(ctx.db, 'dutyLogEntry', input.id);
  const now = ctx.clock();
  const closing = !input.open && (before?.open ?? false);
  const entry = {
    ...input,
    recorderId: before?.recorderId ?? ctx.me.id,
    closedAt: input.open ? null : closing ? now : (before?.closedAt ?? null),
    closedBy: input.open ? null : closing ? ctx.me.id : (before?.closedBy ?? null),
    createdAt: before?.createdAt ?? now,
    updatedAt: now,
  };
  write(ctx, 'duty.saveLogEntry', input, `值班日志：${input.content.slice(0, 20)}`, 'dutyLogEntry', entry);
}

/** The people on one shift of a unit's published roster. */
function peopleOnShift(ctx: UserContext, unitId: string, date: string, shift: string): string[] {
  const rows = prepared(ctx.db, 'SELECT DISTINCT person_id FROM duty_slots WHERE unit_id = ? AND date = ? AND shift = ?').all(unitId, date, shift) as { person_id: string }[];
  return rows.map((row) => row.person_id);
}

export function createHandover(ctx: UserContext, input: Input<'createHandover'>): void {
  const setup = dutyRecord(ctx.db, 'dutySetup', input.unitId);
  const next = setup ? nextShift(setup.shifts, input) : null;
  const handover: DutyHandover = {
    ...input,
    outgoingIds: peopleOnShift(ctx, input.unitId, input.date, input.shift),
    incomingIds: input.incomingIds.length > 0 ? input.incomingIds : next ? peopleOnShift(ctx, input.unitId, next.date, next.shift) : [],
    createdBy: ctx.me.id,
    createdAt: ctx.clock(),
    status: 'pending',
    confirmedBy: null,
    confirmedAt: null,
  };
  write(ctx, 'duty.createHandover', input, `交班（${input.date}）`, 'dutyHandover', handover);
}

export function confirmHandover(ctx: UserContext, input: Input<'confirmHandover'>): void {
  const handover = dutyRecord(ctx.db, 'dutyHandover', input.handoverId);
  if (!handover) throw new AppError('not_found', '交接班记录不存在');
  decide(ctx, 'duty.confirmHandover', input, `接班确认（${handover.date}）`);
}

export function submitDailyReport(ctx: UserContext, input: Input<'submitDailyReport'>): void {
  const call = input.callId ? dutyRecord(ctx.db, 'rosterCall', input.callId) : null;
  const toUnitId = call?.ownerUnitId ?? dutyScope(ctx.db, ctx.me).offices.officeAbove(input.unitId) ?? input.unitId;
  const report = { ...input, toUnitId, submittedBy: ctx.me.id, submittedAt: ctx.clock() };
  write(ctx, 'duty.submitDailyReport', input, `${input.kind === 'zero' ? '零报告' : '日报告'}（${input.date}）`, 'dailyReport', report);
}

export function createIncident(ctx: UserContext, input: Input<'createIncident'>): void {
  const now = ctx.clock();
  const incident: Incident = {
    ...input,
    toUnitId: dutyScope(ctx.db, ctx.me).offices.officeAbove(input.unitId) ?? input.unitId,
    phoneReportedAt: null,
    phoneDueAt: input.receivedAt + PHONE_MINUTES * MINUTE,
    writtenDueAt: input.receivedAt + WRITTEN_MINUTES * MINUTE,
    reports: [],
    status: 'open',
    escalations: [],
    createdBy: ctx.me.id,
    createdAt: now,
    updatedAt: now,
  };
  write(ctx, 'incident.create', input, `突发事件接报${quoted(input.facts.title)}`, 'incident', incident);
}

/** A report or the phone-report time shows at once; 签收 is the office's, so it waits for the server. */
export function actIncident(ctx: UserContext, input: Input<'actIncident'>): void {
  const incident = dutyRecord(ctx.db, 'incident', input.incidentId);
  if (!incident) throw new AppError('not_found', '突发事件不存在，或您无权查看');
  const { action } = input;
  const title = quoted(incident.facts.title);
  if (action.kind === 'receive') return decide(ctx, 'incident.act', input, `签收${title}的报告`);
  const now = ctx.clock();
  if (action.kind === 'phoneReported') {
    return write(ctx, 'incident.act', input, `${title}：电话已报告`, 'incident', { ...incident, phoneReportedAt: action.at, updatedAt: now });
  }
  const number = action.reportKind === 'followUp' ? incident.reports.filter((report) => report.kind === 'followUp').length + 1 : 0;
  const report: IncidentReport = { id: action.reportId, kind: action.reportKind, number, text: action.text, facts: action.facts, byId: ctx.me.id, at: now, receivedAt: null, receivedBy: null };
  const updated: Incident = {
    ...incident,
    facts: action.facts,
    reports: [...incident.reports, report],
    status: action.reportKind === 'final' ? 'closed' : incident.status,
    updatedAt: now,
  };
  write(ctx, 'incident.act', input, `${title}：${reportTitle(action.reportKind, number)}`, 'incident', updated);
}
