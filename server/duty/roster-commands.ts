import type { DutyHistoryEntry, DutyRoster, DutySetup, RosterCall } from '../../shared/duty/records';
import { AppError } from '../../shared/errors';
import type { Actor } from '../auth/actor';
import type { StepNotices } from '../notices/step-notices';
import { commandHandler, type CommandHandlers, type ValidCommandInput } from '../sync/command-service';
import type { WriteScope } from '../sync/writer';
import type { DutyPeople } from './duty-people';
import { changedPlaces, type DutyRosters } from './duty-rosters';
import type { DutyStore } from './duty-store';
import { chinaDateTime } from './wording';

export interface RosterCommandDeps {
  store: DutyStore;
  rosters: DutyRosters;
  people: DutyPeople;
  notices: StepNotices;
}

type RosterCommands = Pick<CommandHandlers, 'duty.saveSetup' | 'duty.saveRoster' | 'duty.actRoster' | 'duty.createCall'>;

const submissionLabels = { submitted: '已报送', returned: '已退回', accepted: '已接收' } as const;

/** Refuses an action on a roster someone else changed since the client read it, saying who and when. */
export function requireVersion(roster: DutyRoster, expectedVersion: number, people: DutyPeople): void {
  if (roster.version === expectedVersion) return;
  const last = roster.history[roster.history.length - 1];
  const who = last?.actorId ? people.personName(last.actorId) : '他人';
  const when = chinaDateTime(last?.at ?? roster.updatedAt);
  throw new AppError('conflict', `值班表已被${who}于${when}修改（您看到的是第 ${expectedVersion} 版，现为第 ${roster.version} 版），请刷新后重新办理`);
}

/** The next version of a roster with one more line in its history. */
export function changedRoster(roster: DutyRoster, change: Partial<DutyRoster>, entry: DutyHistoryEntry): DutyRoster {
  return { ...roster, ...change, version: roster.version + 1, updatedAt: entry.at, history: [...roster.history, entry] };
}

export function rosterCommands(deps: RosterCommandDeps): RosterCommands {
  const { store, rosters, people, notices } = deps;
  const noticeKey = (roster: DutyRoster, index = 0) => `duty:${roster.id}:${roster.version}:${index}`;

  const checkSetup = (input: ValidCommandInput<'duty.saveSetup'>): void => {
    const postIds = new Set(input.posts.map((post) => post.id));
    if (postIds.size !== input.posts.length) throw new AppError('bad_request', '值班岗位重复');
    const poolPosts = input.pools.map((pool) => pool.postId);
    if (poolPosts.some((postId) => !postIds.has(postId)) || new Set(poolPosts).size !== poolPosts.length) {
      throw new AppError('bad_request', '每个岗位只能有一份值班人员名单，且名单须对应已设置的岗位');
    }
    const members = new Set(people.members(input.unitId));
    for (const personId of input.pools.flatMap((pool) => pool.personIds)) {
      if (!members.has(personId)) throw new AppError('bad_request', `值班人员名单中的${people.personName(personId)}不是本单位在职人员`);
    }
    for (const personId of input.constraints.leaders) {
      const person = people.roles.activePerson(personId, '带班领导');
      if (!person.roles.includes('leader')) throw new AppError('bad_request', `${person.name}不是领导，不能担任带班领导`);
    }
    for (const personId of input.managerIds) people.roles.activePerson(personId, '值班管理员');
  };

  const checkSlots = (setup: DutySetup, input: ValidCommandInput<'duty.saveRoster'>): void => {
    if (input.from > input.to) throw new AppError('bad_request', '结束日期不能早于开始日期');
    const postIds = new Set(setup.posts.map((post) => post.id));
    for (const slot of input.slots) {
      if (slot.date < input.from || slot.date > input.to) throw new AppError('bad_request', `${slot.date} 不在值班表的日期范围内`);
      if (!postIds.has(slot.postId)) throw new AppError('bad_request', '值班表中有未设置的岗位');
    }
    if (input.callId === null) return;
    const call = store.require('rosterCall', input.callId, '报送通知');
    if (input.kind !== 'holiday') throw new AppError('bad_request', '只有节假日值班表可以回应报送通知');
    if (!call.unitIds.includes(input.unitId)) throw new AppError('bad_request', '该报送通知未要求本单位报送');
    if (input.from !== call.from || input.to !== call.to) throw new AppError('bad_request', `值班表日期须与报送通知一致（${call.from} 至 ${call.to}）`);
  };

  /** Where a submitted roster goes: the office that issued its call, else the unit's office above. */
  const submissionTarget = (roster: DutyRoster): string => (roster.callId ? store.require('rosterCall', roster.callId, '报送通知').ownerUnitId : people.officeAbove(roster.unitId));

  const save = (scope: WriteScope, roster: DutyRoster): DutyRoster => store.save(scope, 'dutyRoster', roster);

  const act = (actor: Actor, scope: WriteScope, now: number, input: ValidCommandInput<'duty.actRoster'>): DutyRoster => {
    const roster = store.require('dutyRoster', input.rosterId, '值班表');
    const setup = rosters.requireSetup(roster.unitId);
    const { action } = input;
    const me = actor.person.id;
    if (action.kind === 'return' || action.kind === 'accept') {
      if (!roster.submission || !people.dutyOfficersOf(roster.submission.toUnitId).includes(me)) {
        throw new AppError('forbidden', '只有接收报送的上级值班机构的值班员可以退回或接收值班表');
      }
    } else {
      people.requireManager(me, roster.unitId, setup);
    }
    requireVersion(roster, input.expectedVersion, people);
    const entry = (action: string, text: string): DutyHistoryEntry => ({ at: now, actorId: me, action, text });
    switch (action.kind) {
      case 'publish': {
        if (roster.status === 'published') throw new AppError('conflict', '值班表已发布');
        rosters.requireAcknowledged(setup, roster, action.acknowledged, '发布');
        return save(scope, changedRoster(roster, { status: 'published' }, entry('publish', '发布值班表')));
      }
      case 'submit': {
        if (roster.submission && roster.submission.status !== 'returned') {
          throw new AppError('conflict', `值班表${submissionLabels[roster.submission.status]}，不能重复报送`);
        }
        rosters.requireAcknowledged(setup, roster, action.acknowledged, '报送');
        const toUnitId = submissionTarget(roster);
        const submission = { status: 'submitted' as const, toUnitId, submittedAt: now, submittedBy: me, decidedAt: null, decidedBy: null, opinion: '' };
        const saved = save(scope, changedRoster(roster, { submission }, entry('submit', `报送${people.unitName(toUnitId)}`)));
        const to = people.dutyOfficersOf(toUnitId);
        scope.afterCommit(() => notices.send(noticeKey(saved), to, '值班表待接收', `${people.unitName(roster.unitId)}报送了「${roster.title}」，请审核接收。`));
        return saved;
      }
      case 'return':
      case 'accept': {
        const submission = roster.submission!;
        if (submission.status !== 'submitted') throw new AppError('conflict', `值班表${submissionLabels[submission.status]}，不能再${action.kind === 'return' ? '退回' : '接收'}`);
        const returned = action.kind === 'return';
        const opinion = returned ? action.reason : action.opinion;
        const decided = { ...submission, status: returned ? ('returned' as const) : ('accepted' as const), decidedAt: now, decidedBy: me, opinion };
        const text = returned ? `退回：${opinion}` : `接收${opinion ? `：${opinion}` : ''}`;
        const saved = save(scope, changedRoster(roster, { submission: decided }, entry(action.kind, text)));
        const to = people.managers(roster.unitId, setup);
        const title = returned ? '值班表被退回' : '值班表已接收';
        scope.afterCommit(() => notices.send(noticeKey(saved), to, title, `${people.unitName(submission.toUnitId)}${returned ? `退回了「${roster.title}」：${opinion}` : `已接收「${roster.title}」。`}`));
        return saved;
      }
    }
  };

  return {
    'duty.saveSetup': commandHandler({
      apply: ({ actor, scope, now }, input) => {
        people.roles.requireUnit(input.unitId);
        people.requireManager(actor.person.id, input.unitId, rosters.setup(input.unitId));
        checkSetup(input);
        const setup: DutySetup = { id: input.unitId, ...input, updatedAt: now, updatedBy: actor.person.id };
        return store.save(scope, 'dutySetup', setup);
      },
    }),

    'duty.saveRoster': commandHandler({
      apply: ({ actor, scope, now }, input) => {
        const setup = rosters.requireSetup(input.unitId);
        people.requireManager(actor.person.id, input.unitId, setup);
        checkSlots(setup, input);
        const existing = store.get('dutyRoster', input.id);
        const { expectedVersion, ...fields } = input;
        if (expectedVersion === null) {
          if (existing) throw new AppError('conflict', '值班表已存在，请刷新后修改');
          const created: DutyRoster = {
            ...fields,
            status: 'draft',
            submission: null,
            version: 1,
            createdBy: actor.person.id,
            createdAt: now,
            updatedAt: now,
            history: [{ at: now, actorId: actor.person.id, action: 'create', text: '新建值班表' }],
          };
          return save(scope, created);
        }
        if (!existing) throw new AppError('not_found', '值班表不存在');
        if (existing.unitId !== input.unitId || existing.kind !== input.kind) throw new AppError('bad_request', '不能改变值班表的单位或类型');
        requireVersion(existing, expectedVersion, people);
        const changed = changedPlaces(existing.slots, input.slots);
        const text = `修改值班表：${changed} 个班次岗位有变动${existing.status === 'published' ? '（已发布）' : ''}`;
        return save(scope, changedRoster(existing, fields, { at: now, actorId: actor.person.id, action: 'edit', text }));
      },
    }),

    'duty.actRoster': commandHandler({ apply: ({ actor, scope, now }, input) => act(actor, scope, now, input) }),

    'duty.createCall': commandHandler({
      apply: ({ actor, scope, now }, input) => {
        const existing = store.get('rosterCall', input.id);
        if (existing) {
          if (existing.createdBy !== actor.person.id) throw new AppError('conflict', '报送通知编号已被使用');
          return existing;
        }
        people.roles.requireUnit(input.ownerUnitId);
        if (!people.dutyOfficersOf(input.ownerUnitId).includes(actor.person.id)) {
          throw new AppError('forbidden', `只有${people.unitName(input.ownerUnitId)}的值班员可以发布报送通知`);
        }
        const overseen = new Set(people.offices().overseen(input.ownerUnitId));
        const outside = input.unitIds.find((unitId) => !overseen.has(unitId));
        if (outside) throw new AppError('bad_request', `${people.unitName(outside)}不向${people.unitName(input.ownerUnitId)}报送值班表`);
        if (new Set(input.unitIds).size !== input.unitIds.length) throw new AppError('bad_request', '报送单位不能重复');
        const call: RosterCall = { ...input, createdBy: actor.person.id, createdAt: now };
        const saved = store.saveCall(scope, call);
        const toSend = input.unitIds.map((unitId, index) => ({ key: `duty:${call.id}:${index}`, to: people.managers(unitId, rosters.setup(unitId)) }));
        scope.afterCommit(() => {
          for (const { key, to } of toSend) notices.send(key, to, '节假日值班表报送通知', `${people.unitName(call.ownerUnitId)}：${call.title}，请于${chinaDateTime(call.deadline)}前报送。`);
        });
        return saved;
      },
    }),
  };
}
