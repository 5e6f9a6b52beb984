import { Collapse, Form, Input } from 'antd';
import type { Incident, IncidentReportKind } from '../../../shared/duty/records';
import { newId } from '../../../shared/ids';
import { useApi } from '../../api/context';
import { useAction } from '../../common/useAction';
import { FormDialog } from '../../documents/FormDialog';
import { factsValues, toFactsInput, type FactsValues } from './factsInput';
import { FactsFields, kebab } from './FactsFields';

interface ReportValues {
  text?: string;
  facts: FactsValues;
}

const texts: Record<IncidentReportKind, { title: string; label: string; placeholder: string; required: boolean }> = {
  first: { title: '首报', label: '报告正文', placeholder: '事件基本情况，按要素简要叙述（可不填，以要素为准）', required: false },
  followUp: { title: '续报', label: '进展情况', placeholder: '续报只报进展：新的伤亡、处置进展、领导到位、下一步工作', required: true },
  final: { title: '终报', label: '处置情况、善后、评估', placeholder: '事件处置结果、善后工作和总体评估', required: true },
};

/** 首报, 续报, 终报: the text, and the facts as known now, starting from the last report's. */
export function ReportDialog({ incident, kind, onClose }: { incident: Incident; kind: IncidentReportKind | null; onClose: () => void }) {
  const api = useApi();
  const run = useAction();
  const text = texts[kind ?? 'first'];
  const latest = incident.reports.at(-1)?.facts ?? incident.facts;
  const submit = (values: ReportValues) =>
    run(`已${text.title}`, () =>
      api.duty.actIncident({ incidentId: incident.id, action: { kind: 'report', reportId: newId(), reportKind: kind ?? 'first', text: values.text ?? '', facts: toFactsInput(values.facts) } }),
    );
  return (
    <FormDialog<ReportValues> open={kind !== null} title={`${text.title}：${incident.facts.title}`} okText={`报送${text.title}`} testId="incident-report" initialValues={{ text: '', facts: factsValues(latest) }} onSubmit={submit} onClose={onClose}>
      <Form.Item name="text" label={text.label} rules={[{ required: text.required, whitespace: true, message: `请填写${text.label}` }, { max: 10_000, message: '不能超过 10000 字' }]}>
        <Input.TextArea autoSize={{ minRows: 4, maxRows: 10 }} placeholder={text.placeholder} data-testid="incident-report-text" />
      </Form.Item>
      <Collapse
        size="small"
        defaultActiveKey={kind === 'first' ? ['facts'] : []}
        items={[{ key: 'facts', label: '事件要素（已按上次报告填好，有变化的请修改）', forceRender: true, children: <FactsFields testId={(f) => `incident-report-fact-${kebab(f)}`} /> }]}
      />
    </FormDialog>
  );
}
