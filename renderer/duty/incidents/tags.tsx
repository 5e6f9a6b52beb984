import { Tag } from 'antd';
import { reportTitle } from '../../../shared/duty/incident-deadlines';
import { incidentLevelLabels, type IncidentLevel, type IncidentReportKind } from '../../../shared/duty/records';

const levelColors: Record<IncidentLevel, string> = { Ⅰ: 'red', Ⅱ: 'orange', Ⅲ: 'gold', Ⅳ: 'blue', 未定级: 'default' };

export function LevelTag({ level }: { level: IncidentLevel }) {
  return (
    <Tag color={levelColors[level]} data-testid="incident-level-tag" data-level={level}>
      {incidentLevelLabels[level]}
    </Tag>
  );
}

const reportColors: Record<IncidentReportKind, string> = { first: 'blue', followUp: 'cyan', final: 'green' };

/** 首报, 续报N, 终报: where the reporting stands. */
export function ReportTag({ report }: { report: { kind: IncidentReportKind; number: number } | null }) {
  if (!report) return <Tag>未报告</Tag>;
  return <Tag color={reportColors[report.kind]}>{reportTitle(report.kind, report.number)}</Tag>;
}

export function StatusTag({ status }: { status: 'open' | 'closed' }) {
  return status === 'open' ? <Tag color="processing">处置中</Tag> : <Tag color="default">已终报</Tag>;
}
