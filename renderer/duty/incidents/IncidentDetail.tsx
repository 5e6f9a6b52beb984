import { ArrowLeftOutlined, PhoneOutlined } from '@ant-design/icons';
import { Alert, Button, Card, DatePicker, Descriptions, Modal, Result, Space, Spin } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useState } from 'react';
import type { DutyUnit } from '../../../shared/duty/api-types';
import { deadlineLabels, incidentDeadlines } from '../../../shared/duty/incident-deadlines';
import type { Incident, IncidentReportKind } from '../../../shared/duty/records';
import type { PendingChange } from '../../../shared/sync/pending-change';
import { useApi } from '../../api/context';
import { useApiQuery } from '../../api/useApiQuery';
import { usePeopleLookup } from '../../api/usePeople';
import { PendingBanner } from '../../common/PendingBanner';
import { useAction } from '../../common/useAction';
import { isMyUnit } from '../common/useDutyUnits';
import { CountdownChip } from './CountdownChip';
import { FactsView } from './FactsView';
import { ReportDialog } from './ReportDialog';
import { ReportTimeline } from './ReportTimeline';
import { LevelTag, StatusTag } from './tags';
import { useNow } from '../common/useNow';
import { dateTime } from '../common/dates';
import { monthDayTime } from '../log/monthDayTime';

const takesPart = (units: DutyUnit[], unitId: string) => units.some((u) => u.unitId === unitId && isMyUnit(u));

/** 电话已报告 at a time other than now: the call went before the officer got to the screen. */
function PhoneTimeDialog({ incident, open, onClose }: { incident: Incident; open: boolean; onClose: () => void }) {
  const api = useApi();
  const run = useAction();
  const [at, setAt] = useState<Dayjs>(() => dayjs());
  const save = async () => {
    if (await run('已记录电话报告', () => api.duty.actIncident({ incidentId: incident.id, action: { kind: 'phoneReported', at: Math.min(at.valueOf(), Date.now()) } }))) onClose();
  };
  return (
    <Modal open={open} title="电话报告时间" okText="记录" onOk={() => void save()} onCancel={onClose} destroyOnHidden width={360} okButtonProps={{ ...({ 'data-testid': 'incident-phone-ok' } as object) }}>
      <DatePicker showTime={{ format: 'HH:mm' }} format="YYYY-MM-DD HH:mm" allowClear={false} value={at} onChange={(d) => d && setAt(d)} disabledDate={(d) => d.isAfter(dayjs(), 'day') || d.isBefore(dayjs(incident.receivedAt), 'day')} style={{ width: '100%' }} data-testid="incident-phone-at" />
    </Modal>
  );
}

function IncidentView({ incident, units, onBack }: { incident: Incident & { pending: PendingChange | null }; units: DutyUnit[]; onBack: () => void }) {
  const api = useApi();
  const run = useAction();
  const person = usePeopleLookup();
  const now = useNow(1000);
  const [reporting, setReporting] = useState<IncidentReportKind | null>(null);
  const [phoneAt, setPhoneAt] = useState(false);
  const open = incident.status === 'open';
  const canReport = open && takesPart(units, incident.unitId);
  const canReceive = takesPart(units, incident.toUnitId);
  const unitName = (id: string) => units.find((u) => u.unitId === id)?.name ?? '…';
  const hasFirst = incident.reports.some((r) => r.kind === 'first');

  return (
    <div className="xt-duty-incident" data-testid="incident-page" data-incident-id={incident.id} data-status={incident.status}>
      <div className="xt-duty-incident-head">
        <Button icon={<ArrowLeftOutlined />} onClick={onBack} data-testid="incident-close">
          返回列表
        </Button>
        <h2 className="xt-duty-incident-name">{incident.facts.title}</h2>
        <LevelTag level={incident.facts.level} />
        <StatusTag status={incident.status} />
        <span className="xt-muted">
          {incident.facts.category} · {unitName(incident.unitId)} → {unitName(incident.toUnitId)}
        </span>
      </div>
      <PendingBanner pending={incident.pending} record="突发事件" testId="incident-pending" />
      <div className="xt-duty-incident-clocks">
        {incidentDeadlines(incident, now).map((d) => (
          <CountdownChip key={d.kind} deadline={d} closed={!open} large />
        ))}
        {canReport && (
          <Space wrap className="xt-duty-incident-actions">
            {incident.phoneReportedAt === null && (
              <Space.Compact>
                <Button icon={<PhoneOutlined />} onClick={() => void run('已记录电话报告', () => api.duty.actIncident({ incidentId: incident.id, action: { kind: 'phoneReported', at: Date.now() } }))} data-testid="incident-phone-reported">
                  电话已报告
                </Button>
                <Button onClick={() => setPhoneAt(true)} data-testid="incident-phone-earlier">
                  补录时间
                </Button>
              </Space.Compact>
            )}
            {!hasFirst ? (
              <Button type="primary" onClick={() => setReporting('first')} data-testid="incident-report-first">
                首报
              </Button>
            ) : (
              <>
                <Button type="primary" onClick={() => setReporting('followUp')} data-testid="incident-report-followup">
                  续报
                </Button>
                <Button onClick={() => setReporting('final')} data-testid="incident-report-final">
                  终报
                </Button>
              </>
            )}
          </Space>
        )}
      </div>
      {incident.escalations.map((e) => (
        <Alert
          key={`${e.kind}-${e.at}`}
          type="error"
          showIcon
          title={`${deadlineLabels[e.kind]}超时，已提醒带班领导 ${e.toIds.map((id) => person(id)?.name ?? '…').join('、') || '（值班表上无带班领导）'}`}
          description={monthDayTime(e.at)}
          data-testid="incident-escalation"
        />
      ))}
      <Card size="small" title="接报信息">
        <Descriptions
          size="small"
          column={3}
          items={[
            { key: 'receivedAt', label: '接报时间', children: dateTime(incident.receivedAt) },
            { key: 'source', label: '信息来源', children: incident.source || '—' },
            { key: 'reporter', label: '报告人', children: [incident.reporterName, incident.reporterPhone].filter(Boolean).join(' ') || '—' },
            { key: 'phone', label: '电话报告', children: incident.phoneReportedAt === null ? '未报告' : monthDayTime(incident.phoneReportedAt) },
            { key: 'by', label: '登记人', children: person(incident.createdBy)?.name ?? '…' },
          ]}
        />
        {incident.reports.length === 0 && <FactsView facts={incident.facts} />}
      </Card>
      <Card size="small" title={`报告（${incident.reports.length}）`}>
        <ReportTimeline incident={incident} canReceive={canReceive} />
      </Card>
      {reporting && <ReportDialog incident={incident} kind={reporting} onClose={() => setReporting(null)} />}
      <PhoneTimeDialog incident={incident} open={phoneAt} onClose={() => setPhoneAt(false)} />
    </div>
  );
}

/** One incident: its two deadlines ticking at the top, 电话已报告, the reports from 首报 to 终报, and 签收 for the office above. */
export function IncidentDetail({ id, units, onBack }: { id: string; units: DutyUnit[]; onBack: () => void }) {
  const incident = useApiQuery(['duty', 'outbox'], (api) => api.duty.incident({ id }), [id]);
  if (!incident.data) {
    if (incident.error) return <Result status="warning" title="无法打开突发事件" subTitle={incident.error.message} extra={<Button onClick={onBack} data-testid="incident-close">返回列表</Button>} />;
    return <Spin className="xt-center" />;
  }
  return <IncidentView incident={incident.data} units={units} onBack={onBack} />;
}
