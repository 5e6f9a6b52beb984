import type { z } from 'zod';
import { classifiedRefusalMessage, findClassificationMark } from '../../../shared/classification';
import { isoDateInChina } from '../../../shared/documents/dates';
import type { desktopApi } from '../../../shared/desktop-api';
import { AppError } from '../../../shared/errors';
import { newId } from '../../../shared/ids';
import { CreateSupervisionInput, supervisionActionLabels, type SupervisionAction } from '../../../shared/supervision/actions';
import { newSupervisionItem } from '../../../shared/supervision/lifecycle';
import { myUnits } from '../documents/my-units';
import { queueCommand } from '../outbox/run-command';
import type { UserContext } from '../user-context';
import { hasQueuedAction } from './pending-changes';
import { supervisionItem } from './supervision-records';
import { putItem } from './supervision-rows';

type Input<M extends keyof typeof desktopApi.supervision> = z.output<(typeof desktopApi.supervision)[M]['input']>;

/** What a provisional item shows until the server numbers it. */
export const UNNUMBERED = '（待编号）';

const quoted = (title: string) => `《${title}》`;

function changed(ctx: UserContext): void {
  ctx.emit({ type: 'changed', areas: ['supervision', 'outbox'] });
}

/** 涉密信息不上网: refused here at once, even offline, before anything is queued. */
function refuseClassified(texts: string[]): void {
  for (const text of texts) {
    const mark = findClassificationMark(text);
    if (mark) throw new AppError('classified_refused', `${classifiedRefusalMessage}（发现"${mark}"）`);
  }
}

/** Every text a person writes into an action (ids and kinds never carry a mark). */
function actionTexts(action: SupervisionAction): string[] {
  return Object.values(action).filter((value): value is string => typeof value === 'string');
}

/**
 * 立项: the item is in the lists at once, offline too, and goes to the server through the outbox;
 * the server numbers it and sends it to the units.
 */
export function createItem(ctx: UserContext, input: Input<'create'>): { id: string } {
  refuseClassified([input.title, input.originalText, input.requirements, ...input.milestones.map((m) => m.title)]);
  if (!ctx.me.roles.includes('supervisor')) throw new AppError('forbidden', '只有督查员可以立项');
  if (!myUnits(ctx.db, ctx.me).some((unit) => unit.id === input.ownerUnitId)) throw new AppError('forbidden', '只能以本人所在单位的名义立项');
  const id = newId();
  const now = ctx.clock();
  const command = CreateSupervisionInput.parse({ ...input, id });
  const year = Number(isoDateInChina(now).slice(0, 4));
  const provisional = { ...newSupervisionItem(command, { year, serial: 1 }, ctx.me.id, now), number: UNNUMBERED };
  queueCommand(ctx, {
    type: 'supervision.create',
    id,
    input: command,
    summary: `督办立项${quoted(input.title)}`,
    apply: () => putItem(ctx.db, provisional, { provisional: true }),
  });
  changed(ctx);
  return { id };
}

/** An action goes to the server as it is: the item moves when the server says so. */
export function act(ctx: UserContext, input: Input<'act'>): void {
  const item = supervisionItem(ctx.db, input.itemId);
  refuseClassified(actionTexts(input.action));
  if (hasQueuedAction(ctx.db, item.id)) throw new AppError('conflict', '该事项已有操作等待同步，请等它提交完成');
  queueCommand(ctx, { type: 'supervision.act', input, summary: `督办事项${quoted(item.title)}：${supervisionActionLabels[input.action.kind]}` });
  changed(ctx);
}
