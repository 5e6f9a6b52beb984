import { Button, Empty, Tag, Timeline } from 'antd';
import { reportTitle } from '../../../shared/duty/incident-deadlines';
import type { Incident } from '../../../shared/duty/records';
import { useApi } from '../../api/context';
import { usePeopleLookup } from '../../api/usePeople';
import { useAction } from '../../common/useAction';
import { changedFacts, FactsView } from './FactsView';
import { clock } from '../common/dates';
import { monthDayTime } from '../log/monthDayTime';

/** 首报, 续报一, 续报二 … 终报 in order, each with what it said and whether the office above has 签收. */
export function ReportTimeline({ incident, canReceive }: { incident: Incident; canReceive: boolean }) {
  const api = useApi();
  const run = useAction();
  const person = usePeopleLookup();
  if (incident.reports.length === 0) return <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description="尚未报告：接报后须在时限内书面首报" />;
  return (
    <Timeline
      className="xt-duty-reports"
      items={incident.reports.map((report, n) => {
        const previous = n > 0 ? incident.reports[n - 1]!.facts : null;
        const changed = changedFacts(report.facts, previous);
        return {
          key: report.id,
          color: report.kind === 'final' ? 'green' : 'blue',
          content: (
            <div className="xt-duty-report" data-testid={`incident-report-${n}`} data-report-id={report.id}>
              <div className="xt-duty-report-head">
                <Tag color={report.kind === 'final' ? 'green' : 'blue'}>{reportTitle(report.kind, report.number)}</Tag>
                <span>{monthDayTime(report.at)}</span>
                <span className="xt-muted">{person(report.byId)?.name ?? '…'}</span>
                {report.receivedAt !== null ? (
                  <Tag color="green" data-testid="incident-received">
                    已签收 {person(report.receivedBy)?.name ?? ''} {clock(report.receivedAt)}
                  </Tag>
                ) : (
                  <Tag color="orange">待签收</Tag>
                )}
                {report.receivedAt === null && canReceive && (
                  <Button size="small" type="primary" onClick={() => void run('已签收', () => api.duty.actIncident({ incidentId: incident.id, action: { kind: 'receive', reportId: report.id } }))} data-testid={`incident-receive-${report.id}`}>
                    签收
                  </Button>
                )}
              </div>
              {report.text && <div className="xt-duty-text xt-duty-report-text">{report.text}</div>}
              {previous && changed.length > 0 && <div className="xt-small xt-muted">与上次报告相比有变化的要素：</div>}
              <FactsView facts={report.facts} keys={changed} />
            </div>
          ),
        };
      })}
    />
  );
}
