import { Descriptions } from 'antd';
import { incidentLevelLabels, type IncidentFacts } from '../../../shared/duty/records';
import { usePeopleLookup } from '../../api/usePeople';
import { dateTime } from '../common/dates';

type Key = keyof IncidentFacts;

const labels: Record<Key, string> = {
  title: '事件名称',
  occurredAt: '事发时间',
  place: '事发地点',
  category: '事件类型',
  nature: '事件性质',
  level: '事件级别',
  scope: '影响范围',
  deaths: '死亡',
  injuries: '受伤',
  missing: '失联',
  propertyLoss: '财产损失',
  trend: '发展趋势',
  leadersOnSite: '领导到位情况',
  measures: '已采取措施',
  requests: '下一步建议',
  contactName: '现场联系人',
  contactPhone: '联系电话',
  signedBy: '签发领导',
};
const order = Object.keys(labels) as Key[];
const wide = new Set<Key>(['scope', 'leadersOnSite', 'measures', 'requests']);

/** The facts that differ from the previous report's: a 续报 reads as what changed. */
export function changedFacts(facts: IncidentFacts, previous: IncidentFacts | null): Key[] {
  if (!previous) return order;
  return order.filter((k) => facts[k] !== previous[k]);
}

/** A report's elements, empty ones left out. */
export function FactsView({ facts, keys = order }: { facts: IncidentFacts; keys?: Key[] }) {
  const person = usePeopleLookup();
  const show = (k: Key): string => {
    const v = facts[k];
    if (k === 'occurredAt') return v === null ? '' : dateTime(v as number);
    if (k === 'level') return incidentLevelLabels[facts.level];
    if (k === 'signedBy') return v ? (person(v as string)?.name ?? '…') : '';
    if (k === 'deaths' || k === 'injuries' || k === 'missing') return `${v as number} 人`;
    return String(v ?? '');
  };
  const items = keys
    .filter((k) => k !== 'title' && show(k) !== '')
    .map((k) => ({ key: k, label: labels[k], span: wide.has(k) ? 2 : 1, children: <span className="xt-duty-text">{show(k)}</span> }));
  if (items.length === 0) return null;
  return <Descriptions size="small" column={2} bordered items={items} className="xt-duty-facts" />;
}
