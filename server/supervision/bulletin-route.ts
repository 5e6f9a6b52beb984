import { isoDateInChina } from '../../shared/documents/dates';
import { AppError } from '../../shared/errors';
import { dashboardStats } from '../../shared/supervision/stats';
import type { Clock } from '../config';
import type { UnitRoles } from '../directory/unit-roles';
import { sendPdf } from '../documents/document-routes';
import type { RouteHandlers } from '../http/router';
import { renderBulletinPdf } from './bulletin-pdf';
import type { SupervisionStore } from './supervision-store';

export type BulletinRoutes = Pick<RouteHandlers, 'supervisionBulletin'>;

/** 督查通报 for 督查员, over the items they may see. */
export function bulletinRoutes(deps: { store: SupervisionStore; roles: UnitRoles; clock: Clock }): BulletinRoutes {
  const { store, roles, clock } = deps;
  return {
    supervisionBulletin: async ({ query }, { actor, res }) => {
      if (!actor.person.roles.includes('supervisor')) throw new AppError('forbidden', '只有督查员可以生成督查通报');
      if (query.from > query.to) throw new AppError('bad_request', '开始日期不能晚于结束日期');
      const today = isoDateInChina(clock.now());
      const title = query.title || '督查通报';
      const issuer = roles.unitsOf(actor.person).map((unitId) => roles.unitName(unitId))[0] ?? '';
      const stats = dashboardStats(store.visibleTo(actor.person.id), today, { from: query.from, to: query.to });
      const pdf = await renderBulletinPdf({ title, issuer, from: query.from, to: query.to, issuedOn: today, stats, unitName: (id) => roles.unitName(id) });
      await sendPdf(res, `${title}（${query.from}至${query.to}）.pdf`, pdf);
    },
  };
}
