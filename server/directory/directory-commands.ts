import { NewPassword } from '../../shared/auth/schemas';
import type { Post } from '../../shared/directory/schemas';
import { AppError, parseAt } from '../../shared/errors';
import { newId } from '../../shared/ids';
import { isSysadmin, type Actor } from '../auth/actor';
import { hashPassword } from '../auth/passwords';
import type { SessionEndContext, SessionEndReason, SessionStore } from '../auth/session-store';
import type { Bus } from '../events/bus';
import type { ConversationStore } from '../messages/conversation-store';
import { commandHandler, type CommandHandlers } from '../sync/command-service';
import type { WriteScope } from '../sync/writer';
import type { DirectoryStore } from './directory-store';
import type { DirectoryWrites } from './directory-writes';

export interface DirectoryCommandDeps {
  directory: DirectoryStore;
  directoryWrites: DirectoryWrites;
  conversations: ConversationStore;
  sessions: SessionStore;
  bus: Bus;
}

type DirectoryCommands = Pick<CommandHandlers, 'org.create' | 'org.update' | 'person.create' | 'person.update' | 'person.resetPassword'>;

function requireSysadmin(actor: Actor): void {
  if (!isSysadmin(actor)) throw new AppError('forbidden', '需要系统管理员权限');
}

/** Admin-set passwords follow the same rule as the ones people choose. */
async function preparePassword(password: string, actor: Actor): Promise<string> {
  requireSysadmin(actor);
  return hashPassword(parseAt(NewPassword, password, '密码'));
}

export function directoryCommands(deps: DirectoryCommandDeps): DirectoryCommands {
  const { directory, directoryWrites, conversations, sessions, bus } = deps;

  const checkPosts = (posts: Post[]): void => {
    for (const post of posts) if (!directory.org(post.orgId)) throw new AppError('bad_request', '任职部门不存在');
    if (new Set(posts.map((p) => p.orgId)).size !== posts.length) throw new AppError('bad_request', '同一部门只能有一个职务');
  };

  const endSessions = (scope: WriteScope, userId: string, why: SessionEndReason, reason: string, ended: SessionEndContext): void => {
    sessions.endAllFor(userId, why, ended);
    scope.afterCommit(() => bus.publish({ type: 'sessionsEnded', userId, tokenHashes: 'all', reason }));
  };

  return {
    'org.create': commandHandler({
      apply: ({ actor, scope, now }, input) => {
        requireSysadmin(actor);
        if (directory.org(input.id)) throw new AppError('conflict', '机构已存在');
        if (input.parentId !== null && !directory.org(input.parentId)) throw new AppError('bad_request', '上级机构不存在');
        return directoryWrites.createOrg(scope, input, now);
      },
    }),

    'org.update': commandHandler({
      apply: ({ actor, scope, now }, input) => {
        requireSysadmin(actor);
        const org = directory.org(input.id);
        if (!org) throw new AppError('not_found', '机构不存在');
        if (input.parentId !== undefined && input.parentId !== null) {
          if (!directory.org(input.parentId)) throw new AppError('bad_request', '上级机构不存在');
          if (directory.orgSubtree([org.id]).includes(input.parentId)) {
            throw new AppError('bad_request', '不能把机构移到它自己或它的下级机构之下');
          }
        }
        return directoryWrites.updateOrg(
          scope,
          { ...org, name: input.name ?? org.name, parentId: input.parentId === undefined ? org.parentId : input.parentId, sort: input.sort ?? org.sort },
          now,
        );
      },
    }),

    'person.create': commandHandler({
      prepare: (input, actor) => preparePassword(input.initialPassword, actor),
      apply: ({ actor, scope, now }, input, passwordHash: string) => {
        requireSysadmin(actor);
        if (directory.person(input.id)) throw new AppError('conflict', '人员已存在');
        if (directory.personRowByUsername(input.username)) throw new AppError('conflict', '用户名已被使用');
        checkPosts(input.posts);
        const person = directoryWrites.createPerson(scope, { ...input, passwordHash }, now);
        conversations.ensureNotice(scope, person.id, newId(), now);
        return person;
      },
    }),

    'person.update': commandHandler({
      apply: ({ actor, scope, now }, input) => {
        requireSysadmin(actor);
        const person = directory.person(input.id);
        if (!person) throw new AppError('not_found', '人员不存在');
        if (input.id === actor.person.id && (input.disabled === true || (input.roles && !input.roles.includes('sysadmin')))) {
          throw new AppError('forbidden', '不能停用自己的账号或取消自己的系统管理员权限');
        }
        if (input.posts) checkPosts(input.posts);
        const updated = directoryWrites.updatePerson(scope, person, input, now);
        if (updated.disabled && !person.disabled) endSessions(scope, person.id, 'disabled', '账号已被停用', { at: now, actorId: actor.person.id, client: actor.client });
        return updated;
      },
    }),

    'person.resetPassword': commandHandler({
      prepare: (input, actor) => preparePassword(input.password, actor),
      apply: ({ actor, scope, now }, input, passwordHash: string) => {
        requireSysadmin(actor);
        if (!directory.person(input.id)) throw new AppError('not_found', '人员不存在');
        directoryWrites.setPasswordHash(input.id, passwordHash);
        if (input.id !== actor.person.id) {
          endSessions(scope, input.id, 'passwordReset', '密码已被管理员重置，请重新登录', { at: now, actorId: actor.person.id, client: actor.client });
        }
        return { ok: true as const };
      },
    }),
  };
}
