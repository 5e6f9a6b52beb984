import { Button, Card, Result, Spin } from 'antd';
import { useMemo, useState } from 'react';
import type { Org } from '../../../shared/directory/schemas';
import { isoDateInChina } from '../../../shared/documents/dates';
import { availableSupervisionActions } from '../../../shared/supervision/lifecycle';
import { itemLight } from '../../../shared/supervision/lights';
import type { SupervisionItem } from '../../../shared/supervision/records';
import type { PendingChange } from '../../../shared/sync/pending-change';
import { PendingBanner } from '../../common/PendingBanner';
import { useApiQuery } from '../../api/useApiQuery';
import { useMe } from '../../app/session';
import { useDirectoryTree } from '../../directory/useDirectoryTree';
import { myActorFor } from './actor';
import { BasicInfo } from './BasicInfo';
import { ClosurePanel } from './ClosurePanel';
import { countdown } from './countdown';
import { ExtensionList } from './ExtensionList';
import { ItemActions, type ActionRequest } from './ItemActions';
import { ItemHeader } from './ItemHeader';
import { LogTimeline } from './LogTimeline';
import { MilestoneTimeline } from './MilestoneTimeline';
import { ReportList } from './ReportList';
import { actionTargets } from './targets';
import { UnitsTable } from './UnitsTable';
import { UrgeSheet, type Urge } from './UrgeSheet';

function ItemView({ item, myUnits, onBack }: { item: SupervisionItem & { pending: PendingChange | null }; myUnits: Org[]; onBack: () => void }) {
  const me = useMe();
  const tree = useDirectoryTree();
  const [request, setRequest] = useState<ActionRequest | null>(null);
  const [urge, setUrge] = useState<Urge | null>(null);
  const todayIso = isoDateInChina(Date.now());
  const unitName = (id: string) => tree.orgs.get(id)?.name ?? '…';
  const actor = myActorFor(me, myUnits, tree.orgs, item);
  const kinds = useMemo(() => availableSupervisionActions(item, actor, todayIso), [item, JSON.stringify(actor), todayIso]);
  const targets = useMemo(() => actionTargets(item, actor, todayIso), [item, JSON.stringify(actor), todayIso]);
  const light = itemLight(item, todayIso);

  return (
    <div className="xt-doc-page" data-testid="sup-page" data-item-id={item.id} data-status={item.status} data-light={light}>
      <ItemHeader
        item={item}
        light={light}
        left={countdown(item, todayIso)}
        onBack={onBack}
        actions={
          <ItemActions
            item={item}
            kinds={kinds}
            targets={targets}
            unitName={unitName}
            request={request}
            onRequest={setRequest}
            onUrged={(text) => setUrge({ text, date: isoDateInChina(Date.now()) })}
          />
        }
      />
      <div className="xt-doc-columns">
        <main className="xt-sup-main">
          <PendingBanner pending={item.pending} record="督办事项" testId="sup-pending" />
          <Card size="small" title="基本信息">
            <BasicInfo item={item} unitName={unitName} />
          </Card>
          <Card size="small" title="承办单位">
            <UnitsTable item={item} unitName={unitName} />
          </Card>
          {item.milestones.length > 0 && (
            <Card size="small" title="节点">
              <MilestoneTimeline item={item} todayIso={todayIso} />
            </Card>
          )}
          <Card size="small" title={`反馈记录（${item.reports.length}）`}>
            <ReportList item={item} unitName={unitName} reviewable={targets.reviewReport} onReview={(reportId) => setRequest({ kind: 'reviewReport', preset: { reportId } })} />
          </Card>
          {item.extensions.length > 0 && (
            <Card size="small" title="延期申请">
              <ExtensionList item={item} unitName={unitName} decidable={targets.decideExtension} onDecide={(extensionId) => setRequest({ kind: 'decideExtension', preset: { extensionId } })} />
            </Card>
          )}
          {(item.closure || item.evaluation) && (
            <Card size="small" title="办结与评价">
              <ClosurePanel item={item} />
            </Card>
          )}
        </main>
        <aside className="xt-doc-side">
          <div className="xt-sup-side-title">日志</div>
          <LogTimeline item={item} onShowUrge={(text, at) => setUrge({ text, date: isoDateInChina(at) })} />
        </aside>
      </div>
      <UrgeSheet item={item} urge={urge} unitName={unitName} onClose={() => setUrge(null)} />
    </div>
  );
}

/** One 督办事项: where it stands, its units, nodes, reports, 延期 and 办结, its log, and what I may do on it. */
export function ItemPage({ id, onBack }: { id: string; onBack: () => void }) {
  const item = useApiQuery(['supervision', 'outbox'], (api) => api.supervision.item({ id }), [id]);
  const myUnits = useApiQuery('directory', (api) => api.documents.myUnits({}));
  if (!item.data || !myUnits.data) {
    if (item.error) {
      return <Result status="warning" title="无法打开督办事项" subTitle={item.error.message} extra={<Button onClick={onBack}>返回台账</Button>} data-testid="sup-error" />;
    }
    return <Spin className="xt-center" />;
  }
  return <ItemView item={item.data} myUnits={myUnits.data} onBack={onBack} />;
}
