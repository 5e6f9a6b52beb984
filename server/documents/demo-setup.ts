import type { DocumentTemplate } from '../../shared/documents/records';
import { sealSvg, svgDataUrl } from '../../shared/documents/seal-art';
import { newId } from '../../shared/ids';
import type { DirectoryStore } from '../directory/directory-store';
import type { ChangeLog } from '../sync/change-log';
import type { WriteScope } from '../sync/writer';
import type { DocumentStore } from './document-store';
import type { SealKeys } from './seal-keys';
import type { UnitRoles } from '../directory/unit-roles';

const departmentCodes: Record<string, string> = {
  大数据局: '数',
  应急局: '应急',
  应急管理局: '应急',
  发展改革委: '发改',
  发展和改革局: '发改',
  财政局: '财',
  工业和信息化局: '工信',
  人力资源社会保障局: '人社',
  自然资源规划局: '自然资规',
  生态环境局: '环',
  住房城乡建设局: '建',
  交通运输局: '交',
  卫生健康委: '卫健',
  市场监管局: '市监',
  信访局: '信访',
  行政审批服务局: '审批',
};

/** 机关代字 in the local style: 滨政发, 滨政办发, 滨数发 (市大数据局), 惠政发 (惠民县人民政府). */
export function agencyCodeFor(unitName: string): string {
  const county = /^(滨城|.)(?:.*?)[县区市](?!场)/.exec(unitName);
  const cityLevel = unitName.startsWith('市') || unitName.startsWith('滨州市');
  const prefix = cityLevel ? '滨' : (county?.[1] ?? unitName.slice(0, 1));
  if (unitName.endsWith('人民政府')) return `${prefix}政发`;
  if (unitName.endsWith('办公室')) return `${prefix}政办发`;
  const department = unitName.replace(/^(滨州市|市|.+?[县区市])/, '');
  return `${prefix}${departmentCodes[department] ?? department.slice(0, 1)}发`;
}

/**
 * Demo start-up: every unit gets its red-header template and a round seal held by its 文书, so a
 * 公文 can go from 拟稿 to 分发 without an administrator setting anything up first.
 */
export function seedDocumentSetup(
  scope: WriteScope,
  now: number,
  deps: { store: DocumentStore; seals: SealKeys; roles: UnitRoles; directory: DirectoryStore; changeLog: ChangeLog },
): void {
  const { store, seals, roles, directory, changeLog } = deps;
  for (const unit of directory.orgs().filter((org) => org.kind === 'unit')) {
    const fullName = unit.name === '市政府办公室' ? '滨州市人民政府办公室' : unit.name.startsWith('市') ? `滨州${unit.name}` : unit.name;
    const template: DocumentTemplate = {
      id: newId(),
      unitId: unit.id,
      name: `${unit.name}发文`,
      issuerMark: `${fullName}文件`,
      agencyCode: agencyCodeFor(unit.name),
      issuerName: fullName,
      printingOrg: unit.name.endsWith('人民政府') ? `${fullName}办公室` : fullName,
      defaultType: '通知',
      defaultUrgency: '普通',
      letterFormat: false,
    };
    store.saveTemplate(scope, template);
    const seal = seals.create({
      id: newId(),
      unitId: unit.id,
      name: `${fullName}公章`,
      image: svgDataUrl(sealSvg(fullName)),
      holderIds: roles.withRole(unit.id, 'clerk'),
      disabled: false,
      createdAt: now,
    });
    changeLog.put(scope.changes, 'seal', seal, 'org');
  }
}
