import { sealSvg, svgDataUrl } from '../../shared/documents/seal-art';
import { AppError } from '../../shared/errors';
import type { Actor } from '../auth/actor';
import type { ChangeLog } from '../sync/change-log';
import { commandHandler, type CommandHandlers } from '../sync/command-service';
import type { DocumentStore } from './document-store';
import type { SealKeys } from './seal-keys';
import type { UnitRoles } from '../directory/unit-roles';

export interface SetupCommandDeps {
  store: DocumentStore;
  seals: SealKeys;
  roles: UnitRoles;
  changeLog: ChangeLog;
}

/** Templates and seals are a unit's own business: its 单位管理员 or a 系统管理员 manages them. */
function requireUnitAdmin(actor: Actor, roles: UnitRoles, unitId: string): void {
  const { person } = actor;
  if (person.roles.includes('sysadmin')) return;
  if (person.roles.includes('unit_admin') && roles.unitsOf(person).includes(unitId)) return;
  throw new AppError('forbidden', '只有本单位管理员或系统管理员可以管理公文模板和印章');
}

export function setupCommands(deps: SetupCommandDeps): Pick<CommandHandlers, 'documentTemplate.save' | 'seal.create' | 'seal.update'> {
  const { store, seals, roles, changeLog } = deps;
  return {
    'documentTemplate.save': commandHandler({
      apply: ({ actor, scope }, template) => {
        roles.requireUnit(template.unitId);
        requireUnitAdmin(actor, roles, template.unitId);
        const existing = store.template(template.id);
        if (existing && existing.unitId !== template.unitId) requireUnitAdmin(actor, roles, existing.unitId);
        return store.saveTemplate(scope, template);
      },
    }),

    'seal.create': commandHandler({
      apply: ({ actor, scope, now }, input) => {
        const existing = seals.get(input.id);
        if (existing) return existing;
        roles.requireUnit(input.unitId);
        requireUnitAdmin(actor, roles, input.unitId);
        for (const id of input.holderIds) roles.activePerson(id, '用印人');
        const seal = seals.create({
          id: input.id,
          unitId: input.unitId,
          name: input.name,
          image: input.image ?? svgDataUrl(sealSvg(roles.unitName(input.unitId))),
          holderIds: [...new Set(input.holderIds)],
          disabled: false,
          createdAt: now,
        });
        changeLog.put(scope.changes, 'seal', seal, 'org');
        return seal;
      },
    }),

    'seal.update': commandHandler({
      apply: ({ actor, scope }, input) => {
        const seal = seals.get(input.id);
        if (!seal) throw new AppError('not_found', '印章不存在');
        requireUnitAdmin(actor, roles, seal.unitId);
        for (const id of input.holderIds ?? []) roles.activePerson(id, '用印人');
        const updated = {
          ...seal,
          holderIds: input.holderIds ? [...new Set(input.holderIds)] : seal.holderIds,
          disabled: input.disabled ?? seal.disabled,
        };
        seals.save(updated);
        changeLog.put(scope.changes, 'seal', updated, 'org');
        return updated;
      },
    }),
  };
}
