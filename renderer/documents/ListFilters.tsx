import { DatePicker, Select, Space } from 'antd';
import { SearchBox } from '../common/SearchBox';
import type { DocumentBox } from '../../shared/documents/api-types';
import { incomingStepLabels, incomingSteps } from '../../shared/documents/incoming';
import { outgoingStepLabels, outgoingSteps } from '../../shared/documents/workflow';
import { useDirectoryTree } from '../directory/useDirectoryTree';
import type { ListFilters as Filters } from './listQuery';
import { unitsOf } from './orgUnits';
import { documentTypeOptions, urgencyOptions } from './selectOptions';

interface Option {
  value: string;
  label: string;
}
const outgoingOptions: Option[] = outgoingSteps.map((s) => ({ value: s, label: outgoingStepLabels[s] }));
const incomingOptions: Option[] = incomingSteps.map((s) => ({ value: s, label: incomingStepLabels[s] }));

/** 收文 and 发文 have their own steps; the mixed boxes offer both, grouped. */
function stepOptions(box: DocumentBox): (Option | { label: string; options: Option[] })[] {
  if (box === 'incoming') return incomingOptions;
  if (box === 'outgoing') return outgoingOptions;
  return [
    { label: '发文', options: outgoingOptions },
    { label: '收文', options: incomingOptions },
  ];
}

/** 文种, 环节, 紧急程度, 单位, 日期 and a search over 标题、字号 and 正文 (typed search settles first). */
export function ListFilters({ box, value, onChange }: { box: DocumentBox; value: Filters; onChange: (next: Filters) => void }) {
  const tree = useDirectoryTree();
  const set = (patch: Partial<Filters>) => onChange({ ...value, ...patch });
  return (
    <Space wrap className="xt-doc-filters" data-testid="doc-filters">
      <SearchBox value={value.q} onSearch={(q) => set({ q })} placeholder="搜索标题、字号、正文" width={240} label="搜索公文" testId="doc-search" />
      <Select allowClear placeholder="文种" value={value.type} onChange={(type) => set({ type })} options={documentTypeOptions} showSearch style={{ width: 100 }} data-testid="doc-filter-type" />
      <Select<string> allowClear placeholder="环节" value={value.step} onChange={(step) => set({ step })} options={stepOptions(box)} style={{ width: 110 }} data-testid="doc-filter-step" />
      <Select allowClear placeholder="紧急程度" value={value.urgency} onChange={(urgency) => set({ urgency })} options={urgencyOptions} style={{ width: 110 }} data-testid="doc-filter-urgency" />
      <Select
        allowClear
        showSearch={{ optionFilterProp: 'label' }}
        placeholder="单位"
        value={value.unitId}
        onChange={(unitId) => set({ unitId })}
        options={unitsOf(tree.orgs.values()).map((u) => ({ value: u.id, label: u.name }))}
        style={{ width: 180 }}
        data-testid="doc-filter-unit"
      />
      <DatePicker.RangePicker value={value.range ?? null} onChange={(range) => set({ range: range?.[0] && range[1] ? [range[0], range[1]] : null })} placeholder={['更新自', '至']} style={{ width: 240 }} data-testid="doc-filter-date" />
    </Space>
  );
}
