import { DatePicker, Form, Radio, Select, Slider } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import type { ReactNode } from 'react';
import type { Person } from '../../../shared/directory/schemas';
import type { SupervisionActionKind } from '../../../shared/supervision/actions';
import { evaluationGrades, unitRoleLabels } from '../../../shared/supervision/kinds';
import type { SupervisionItem } from '../../../shared/supervision/records';
import { usePeopleLookup } from '../../api/usePeople';
import { OpinionItem } from '../../documents/FormDialog';
import { UnitTreeSelect } from '../UnitTreeSelect';
import { wholeDeadline, type ActionValues } from './actionInput';
import type { ActionTargets } from './targets';
import { useUnitMembers } from '../../common/useUnitMembers';

interface FieldsProps {
  kind: SupervisionActionKind;
  item: SupervisionItem;
  targets: ActionTargets;
  unitName: (id: string) => string;
}

const required = (message: string) => [{ required: true, message }];

/** Which of my units acts, when I could act for more than one; hidden (and preset) otherwise. */
function UnitField({ unitIds, unitName }: { unitIds: string[]; unitName: (id: string) => string }) {
  return (
    <Form.Item name="unitId" label="承办单位" hidden={unitIds.length <= 1} rules={required('请选择承办单位')}>
      <Select options={unitIds.map((id) => ({ value: id, label: unitName(id) }))} data-testid="sup-unit" />
    </Form.Item>
  );
}

/** A longer text; Ctrl+Enter submits from it like an opinion box. */
function TextItem({ name, label, max, required: must = true, placeholder, testId }: { name: keyof ActionValues; label: string; max: number; required?: boolean; placeholder?: string; testId: string }) {
  return (
    <OpinionItem
      name={name}
      label={label}
      required={must}
      placeholder={placeholder}
      testId={testId}
      rules={[{ required: must, whitespace: true, message: `请填写${label}` }, { max, message: `不能超过 ${max} 字` }]}
    />
  );
}

/** "张三 · 科长": the post held in that department. */
function memberLabel(p: Person, orgId: string): string {
  const title = p.posts.find((post) => post.orgId === orgId)?.title;
  return title ? `${p.name} · ${title}` : p.name;
}

function OwnerField() {
  const form = Form.useFormInstance<ActionValues>();
  const unitId = Form.useWatch('unitId', form);
  const groups = useUnitMembers(unitId);
  return (
    <Form.Item name="ownerId" label="责任人" rules={required('请选择责任人')} extra="本单位负责办理此事项的同志">
      <Select
        showSearch={{ optionFilterProp: 'label' }}
        loading={!groups}
        placeholder="选择本单位人员"
        options={(groups ?? []).map((g) => ({ label: g.org.name, title: g.org.name, options: g.people.map((p) => ({ value: p.id, label: memberLabel(p, g.org.id) })) }))}
        data-testid="sup-owner"
      />
    </Form.Item>
  );
}

function AcceptRadio({ yes, no }: { yes: string; no: string }) {
  return (
    <Form.Item name="accept" label="审核结果">
      <Radio.Group>
        <Radio value={true} data-testid="sup-accept-yes">
          {yes}
        </Radio>
        <Radio value={false} data-testid="sup-accept-no">
          {no}
        </Radio>
      </Radio.Group>
    </Form.Item>
  );
}

/** The new date must be later than the one it moves, and a milestone cannot move past the deadline. */
function ExtensionFields({ item, targets, unitName }: Omit<FieldsProps, 'kind'>) {
  const form = Form.useFormInstance<ActionValues>();
  const unitId = Form.useWatch('unitId', form);
  const target = Form.useWatch('extensionTarget', form);
  const options = (unitId && targets.requestExtension.get(unitId)) || [];
  const milestone = item.milestones.find((m) => m.id === target);
  const current = milestone?.due ?? item.deadline;
  const disabled = (d: Dayjs) => !d.isAfter(dayjs(current), 'day') || (!!milestone && d.isAfter(dayjs(item.deadline), 'day'));
  return (
    <>
      <UnitField unitIds={[...targets.requestExtension.keys()]} unitName={unitName} />
      <Form.Item name="extensionTarget" label="延期事项" rules={required('请选择延期事项')} hidden={options.length <= 1}>
        <Select
          options={options.map((id) => (id === wholeDeadline ? { value: id, label: `办理期限（现为 ${item.deadline}）` } : { value: id, label: `节点：${item.milestones.find((m) => m.id === id)?.title ?? ''}（现为 ${item.milestones.find((m) => m.id === id)?.due ?? ''}）` }))}
          data-testid="sup-extension-target"
        />
      </Form.Item>
      <Form.Item name="newDeadline" label="申请延至" rules={required('请选择新的期限')} extra={`现行期限 ${current}，须在期限届满前申请`}>
        <DatePicker disabledDate={disabled} style={{ width: '100%' }} data-testid="sup-new-deadline" />
      </Form.Item>
      <TextItem name="reason" label="延期理由" max={1000} placeholder="说明延期原因和目前进展" testId="sup-reason" />
    </>
  );
}

function ReportPick({ item, reportIds, unitName }: { item: SupervisionItem; reportIds: string[]; unitName: (id: string) => string }) {
  const person = usePeopleLookup();
  const reports = item.reports.filter((r) => reportIds.includes(r.id));
  return (
    <>
      <Form.Item name="reportId" label="待审核的反馈" rules={required('请选择反馈')} hidden={reports.length <= 1}>
        <Select options={reports.map((r) => ({ value: r.id, label: `${unitName(r.unitId)} · ${person(r.byId)?.name ?? '…'} · ${dayjs(r.at).format('M月D日 HH:mm')} · ${r.percent}%` }))} data-testid="sup-report-select" />
      </Form.Item>
      <ChosenReport item={item} />
    </>
  );
}

function ChosenReport({ item }: { item: SupervisionItem }) {
  const form = Form.useFormInstance<ActionValues>();
  const reportId = Form.useWatch('reportId', form);
  const report = item.reports.find((r) => r.id === reportId);
  if (!report) return null;
  return (
    <div className="xt-sup-quote" data-testid="sup-report-quote">
      <div className="xt-muted xt-small">完成 {report.percent}%</div>
      {report.text}
    </div>
  );
}

export function ActionFields({ kind, item, targets, unitName }: FieldsProps): ReactNode {
  const person = usePeopleLookup();
  switch (kind) {
    case 'accept':
      return (
        <>
          <UnitField unitIds={targets.accept} unitName={unitName} />
          <OwnerField />
        </>
      );
    case 'return':
      return (
        <>
          <UnitField unitIds={targets.return} unitName={unitName} />
          <TextItem name="reason" label="退回理由" max={500} placeholder="如：不属于本单位职责范围，建议由××局牵头" testId="sup-reason" />
        </>
      );
    case 'reassign':
      return (
        <>
          <Form.Item name="leadUnitId" label="牵头单位" rules={required('请选择牵头单位')}>
            <UnitTreeSelect placeholder="选择牵头单位" testId="sup-reassign-lead" />
          </Form.Item>
          <Form.Item name="supportUnitIds" label="配合单位" extra="新增或被退回后重新指定的单位需重新签收">
            <UnitTreeSelect multiple placeholder="选择配合单位（可多选）" testId="sup-reassign-support" />
          </Form.Item>
        </>
      );
    case 'report':
      return (
        <>
          <UnitField unitIds={targets.report} unitName={unitName} />
          <TextItem name="text" label="进展情况" max={5000} placeholder="本期工作进展、存在问题和下一步打算" testId="sup-text" />
          <Form.Item name="percent" label="完成进度（%）">
            <Slider marks={{ 0: '0', 25: '25', 50: '50', 75: '75', 100: '100' }} step={5} data-testid="sup-percent" />
          </Form.Item>
          {item.milestones.length > 0 && (
            <Form.Item name="milestoneId" label="对应节点">
              <Select allowClear placeholder="不对应具体节点" options={item.milestones.map((m) => ({ value: m.id, label: `${m.title}（${m.due}）` }))} data-testid="sup-milestone-select" />
            </Form.Item>
          )}
        </>
      );
    case 'reviewReport':
      return (
        <>
          <ReportPick item={item} reportIds={targets.reviewReport} unitName={unitName} />
          <AcceptRadio yes="采纳" no="退回补充" />
          <OpinionItem label="审核意见" testId="sup-opinion" />
        </>
      );
    case 'completeMilestone':
      return (
        <Form.Item name="milestoneId" label="已完成的节点" rules={required('请选择节点')}>
          <Select options={item.milestones.filter((m) => targets.completeMilestone.includes(m.id)).map((m) => ({ value: m.id, label: `${m.title}（${m.due}）` }))} data-testid="sup-milestone-select" />
        </Form.Item>
      );
    case 'completePart':
      return (
        <>
          <UnitField unitIds={targets.completePart} unitName={unitName} />
          <p>确认本单位承担的配合任务已完成，牵头单位将据此汇总办结。</p>
        </>
      );
    case 'requestExtension':
      return <ExtensionFields item={item} targets={targets} unitName={unitName} />;
    case 'decideExtension': {
      const pending = item.extensions.filter((e) => targets.decideExtension.includes(e.id));
      return (
        <>
          <Form.Item name="extensionId" label="延期申请" rules={required('请选择延期申请')}>
            <Select
              options={pending.map((e) => ({
                value: e.id,
                label: `${unitName(e.unitId)}：${e.milestoneId ? `节点"${item.milestones.find((m) => m.id === e.milestoneId)?.title ?? ''}"` : '办理期限'}延至 ${e.newDeadline}（${person(e.byId)?.name ?? '…'}）`,
              }))}
              data-testid="sup-extension-select"
            />
          </Form.Item>
          <Form.Item noStyle shouldUpdate>
            {({ getFieldValue }) => {
              const chosen = pending.find((e) => e.id === getFieldValue('extensionId'));
              return chosen ? <div className="xt-sup-quote">{chosen.reason}</div> : null;
            }}
          </Form.Item>
          <AcceptRadio yes="同意延期" no="不同意" />
          <OpinionItem label="审批意见" testId="sup-opinion" />
        </>
      );
    }
    case 'requestClosure':
      return <TextItem name="text" label="办结报告" max={5000} placeholder="办理过程、结果和成效；所有节点和配合单位任务须已完成" testId="sup-closure-report" />;
    case 'reviewClosure':
      return (
        <>
          {item.closure && <div className="xt-sup-quote">{item.closure.report}</div>}
          <AcceptRadio yes="通过，予以办结" no="退回重办" />
          <OpinionItem label="审核意见" testId="sup-opinion" />
        </>
      );
    case 'evaluate':
      return (
        <>
          <Form.Item name="grade" label="评价等次" rules={required('请选择评价等次')}>
            <Radio.Group optionType="button" options={evaluationGrades.map((g) => ({ value: g, label: g }))} data-testid="sup-grade" />
          </Form.Item>
          <OpinionItem label="评价意见" testId="sup-opinion" />
        </>
      );
    case 'archive':
      return <p>归档后事项不再变动，可在台账中按"已归档"查阅。</p>;
    case 'urge':
      return (
        <>
          <p className="xt-muted">
            向{' '}
            {item.units
              .filter((u) => u.status !== 'returned' && !u.partDone)
              .map((u) => `${unitName(u.unitId)}（${unitRoleLabels[u.role]}）`)
              .join('、')}{' '}
            发出催办通知单。
          </p>
          <TextItem name="text" label="催办内容" max={1000} placeholder="如：该事项已临近办理期限，请抓紧办理并于3个工作日内反馈进展。" testId="sup-urge-text" />
        </>
      );
  }
}

/** Preset choices, so a dialog with one sensible answer needs only Enter. */
export function initialActionValues(kind: SupervisionActionKind, item: SupervisionItem, targets: ActionTargets, preset: Partial<ActionValues>): ActionValues {
  const only = (ids: string[]) => (ids.length === 1 ? ids[0] : undefined);
  const common: ActionValues = { accept: true, ...preset };
  switch (kind) {
    case 'accept':
      return { unitId: only(targets.accept), ...common };
    case 'return':
      return { unitId: only(targets.return), ...common };
    case 'reassign': {
      const lead = item.units.find((u) => u.role === 'lead' && u.status !== 'returned');
      return { leadUnitId: lead?.unitId, supportUnitIds: item.units.filter((u) => u.role === 'support' && u.status !== 'returned').map((u) => u.unitId), ...common };
    }
    case 'report': {
      const unitId = only(targets.report);
      return { unitId, percent: item.units.find((u) => u.unitId === unitId)?.percent ?? 0, ...common };
    }
    case 'reviewReport':
      return { reportId: only(targets.reviewReport), ...common };
    case 'completeMilestone':
      return { milestoneId: only(targets.completeMilestone), ...common };
    case 'completePart':
      return { unitId: only(targets.completePart), ...common };
    case 'requestExtension': {
      const unitId = only([...targets.requestExtension.keys()]);
      const options = (unitId && targets.requestExtension.get(unitId)) || [];
      return { unitId, extensionTarget: options.includes(wholeDeadline) ? wholeDeadline : options[0], ...common };
    }
    case 'decideExtension':
      return { extensionId: only(targets.decideExtension), ...common };
    case 'evaluate':
      return { grade: '良好', ...common };
    default:
      return common;
  }
}
