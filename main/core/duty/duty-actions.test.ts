import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { commands, type CommandEnvelope } from '../../../shared/sync/commands';
import { putOrg, putPerson } from '../directory/directory-rows';
import { createOutbox } from '../outbox/outbox';
import { listOutbox } from '../outbox/outbox-rows';
import { openLocalDb } from '../store/open-local-db';
import { playedServerClient, tempDir, type CommandAnswer } from '../test-support/fixtures';
import type { UserContext } from '../user-context';
import { actIncident, actRoster, createIncident, saveLogEntry } from './duty-actions';
import { bureau, bureauRoster, bureauSetup, china, city, leaders, office, officers } from './duty-fixture';
import { incidentList, incidentWithPending, logEntryList, rosterWithPending } from './duty-lists';
import { putDutyRecord } from './duty-rows';
import { dutyScope } from './duty-scope';
import { dutyTestId } from './test-duty';

const NOW = china('2026-05-06', '10:00');
const me = officers[0]!;

/** The bureau's 值班员 signed in over a real SQLite file, talking to a server the test plays. */
function signedIn(answer: (command: CommandEnvelope) => CommandAnswer) {
  const db = openLocalDb(path.join(tempDir(), 'local.db'));
  const http = playedServerClient(answer);
  const fileCacheDir = tempDir();
  const ctx: UserContext = {
    db, http, clock: () => NOW, fileCacheDir, presence: new Set(), me, emit: () => undefined, emitStatus: () => undefined,
    outbox: createOutbox({ db, http, clock: () => NOW, fileCacheDir, onChanged: () => undefined }),
  };
  [city, office, bureau].forEach((org) => putOrg(db, org));
  [me, ...leaders].forEach((person) => putPerson(db, person));
  putDutyRecord(db, 'dutySetup', bureauSetup);
  putDutyRecord(db, 'dutyRoster', bureauRoster);
  return ctx;
}

const logInput = (content: string) =>
  commands['duty.saveLogEntry'].input.parse({ id: dutyTestId('record', 1), unitId: bureau.id, kind: 'call', at: NOW, callerName: '李四', callerUnit: '某街道办', content, open: true });
const day = { unitId: bureau.id, from: china('2026-05-06', '00:00'), to: china('2026-05-07', '00:00'), openOnly: false };
const refuse = (message: string): CommandAnswer => ({ status: 409, body: { error: { code: 'conflict', message } } });

describe('duty changes written here', () => {
  it('shows a 值班日志 line at once, offline, marked 待同步, and the server’s version once it answers', async () => {
    let online = false;
    const ctx = signedIn((command) => (online ? { status: 200, body: { id: command.id, type: command.type, output: { ...(command.input as object), recorderId: me.id, closedAt: null, closedBy: null, createdAt: NOW, updatedAt: NOW + 1 } } } : 'network-down'));
    saveLogEntry(ctx, logInput('来电反映某路段积水'));
    expect(logEntryList(ctx.db, day)).toMatchObject([{ id: dutyTestId('record', 1), content: '来电反映某路段积水', recorderId: me.id, open: true, pending: { status: 'pending', summary: '值班日志：来电反映某路段积水' } }]);
    await ctx.outbox.drain();
    expect(logEntryList(ctx.db, day)[0]!.pending?.status).toBe('pending');
    online = true;
    await ctx.outbox.drain();
    expect(logEntryList(ctx.db, day)).toMatchObject([{ updatedAt: NOW + 1, pending: null }]);
    expect(listOutbox(ctx.db)).toEqual([]);
  });

  it('keeps a refused line with the reason; discarding an edit puts the line back as it was', async () => {
    let answer: CommandAnswer = 'network-down';
    const ctx = signedIn(() => answer);
    saveLogEntry(ctx, logInput('第一稿'));
    answer = { status: 200, body: { id: 'x', type: 'duty.saveLogEntry', output: { ...logInput('第一稿'), recorderId: me.id, closedAt: null, closedBy: null, createdAt: NOW, updatedAt: NOW } } };
    await ctx.outbox.drain();
    answer = refuse('该记录已办结，不能修改');
    saveLogEntry(ctx, { ...logInput('第二稿'), open: false });
    expect(logEntryList(ctx.db, day)).toMatchObject([{ content: '第二稿', closedBy: me.id, open: false }]);
    await ctx.outbox.drain();
    expect(logEntryList(ctx.db, day)).toMatchObject([{ content: '第二稿', pending: { status: 'rejected', reason: '该记录已办结，不能修改' } }]);
    ctx.outbox.discard(listOutbox(ctx.db)[0]!.id);
    expect(logEntryList(ctx.db, day)).toMatchObject([{ content: '第一稿', open: true, pending: null }]);
  });

  it('files an incident and its 首报 here at once; discarding the report takes it back out', () => {
    const ctx = signedIn(() => 'network-down');
    const id = dutyTestId('record', 2);
    createIncident(ctx, commands['incident.create'].input.parse({ id, unitId: bureau.id, receivedAt: NOW, facts: { title: '某化工厂火灾', category: '事故灾难' } }));
    expect(incidentWithPending(ctx.db, id)).toMatchObject({ toUnitId: office.id, phoneDueAt: NOW + 30 * 60_000, writtenDueAt: NOW + 60 * 60_000, reports: [], pending: { status: 'pending' } });
    const facts = commands['incident.create'].input.shape.facts.parse({ title: '某化工厂火灾', category: '事故灾难', injuries: 2 });
    actIncident(ctx, { incidentId: id, action: { kind: 'report', reportId: dutyTestId('record', 3), reportKind: 'first', text: '', facts } });
    expect(incidentList(ctx.db, dutyScope(ctx.db, me), { scope: 'mine' })).toMatchObject([
      { id, lastReport: { kind: 'first', number: 0 }, writtenReportedAt: NOW, unreceived: 1, pending: { summary: '《某化工厂火灾》：首报' } },
    ]);
    expect(incidentWithPending(ctx.db, id).facts.injuries).toBe(2);
    const report = listOutbox(ctx.db).find((entry) => entry.type === 'incident.act')!;
    ctx.outbox.discard(report.id);
    expect(incidentWithPending(ctx.db, id)).toMatchObject({ reports: [], pending: { summary: '突发事件接报《某化工厂火灾》' } });
  });

  it('sends a roster decision as it is: the roster stays until the server answers', async () => {
    const ctx = signedIn(() => refuse('值班表已被修改，请刷新后再发布'));
    actRoster(ctx, { rosterId: bureauRoster.id, expectedVersion: 1, action: { kind: 'publish', acknowledged: [] } });
    expect(rosterWithPending(ctx.db, bureauRoster.id)).toMatchObject({ status: 'published', version: 1, pending: { status: 'pending', summary: '值班表《2026年5月值班表》：发布' } });
    await ctx.outbox.drain();
    expect(rosterWithPending(ctx.db, bureauRoster.id).pending).toMatchObject({ status: 'rejected', reason: '值班表已被修改，请刷新后再发布' });
  });

  it('refuses classified text before anything is queued', () => {
    const ctx = signedIn(() => 'network-down');
    expect(() => saveLogEntry(ctx, logInput('收到密级：机密文电一份'))).toThrow(/严禁处理涉密信息/);
    expect(listOutbox(ctx.db)).toEqual([]);
  });
});
