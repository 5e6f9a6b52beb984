import { nameSearchKeys } from '../../../shared/directory/pinyin';
import { Org, Person, PersonInput } from '../../../shared/directory/schemas';
import { newId } from '../../../shared/ids';
import { commands } from '../../../shared/sync/commands';
import { putOrg, putPerson } from '../directory/directory-rows';
import { runCommand } from '../outbox/run-command';
import type { UserContext } from '../user-context';

type Input<T extends keyof typeof commands> = ReturnType<(typeof commands)[T]['input']['parse']>;

/** Admin changes are commands like any other; the server checks the caller's role. */
export function createPerson(ctx: UserContext, input: PersonInput): Promise<Person> {
  const id = newId();
  const local: Person = {
    id, username: input.username, name: input.name, ...nameSearchKeys(input.name), phone: input.phone, email: input.email,
    posts: input.posts, roles: input.roles, disabled: false, updatedAt: ctx.clock(),
  };
  return runCommand(ctx, {
    type: 'person.create',
    id,
    input: { ...input, id },
    summary: `新增人员：${input.name}`,
    apply: () => putPerson(ctx.db, local),
    optimistic: () => local,
    fromOutput: (output) => Person.parse(output),
  });
}

export async function updatePerson(ctx: UserContext, input: Input<'person.update'>): Promise<void> {
  await runCommand(ctx, { type: 'person.update', input, summary: '修改人员信息', optimistic: () => undefined, fromOutput: () => undefined });
}

export async function resetPassword(ctx: UserContext, input: Input<'person.resetPassword'>): Promise<void> {
  await runCommand(ctx, { type: 'person.resetPassword', input, summary: '重置密码', optimistic: () => undefined, fromOutput: () => undefined });
}

export function createOrg(ctx: UserContext, input: Omit<Input<'org.create'>, 'id'>): Promise<Org> {
  const id = newId();
  const local: Org = { id, parentId: input.parentId, name: input.name, kind: input.kind, sort: input.sort, updatedAt: ctx.clock() };
  return runCommand(ctx, {
    type: 'org.create',
    id,
    input: { ...input, id },
    summary: `新增机构：${input.name}`,
    apply: () => putOrg(ctx.db, local),
    optimistic: () => local,
    fromOutput: (output) => Org.parse(output),
  });
}

export async function updateOrg(ctx: UserContext, input: Input<'org.update'>): Promise<void> {
  await runCommand(ctx, { type: 'org.update', input, summary: '修改机构信息', optimistic: () => undefined, fromOutput: () => undefined });
}
