import { Button, Result, Spin, Tabs } from 'antd';
import { useState } from 'react';
import type { PendingChange } from '../../shared/sync/pending-change';
import { availableIncomingActions, incomingStepLabels } from '../../shared/documents/incoming';
import type { IncomingDocument, Seal } from '../../shared/documents/records';
import { useApiQuery } from '../api/useApiQuery';
import { useMe } from '../app/session';
import { ReadOnlyBody } from './body/ReadOnlyBody';
import { DueTag } from './DocTags';
import { DocumentHeader } from './DocumentHeader';
import { FieldsMeta } from './FieldsMeta';
import { IncomingActions } from './IncomingActions';
import { PaperFoot } from './PaperFoot';
import { PaperHead } from './PaperHead';
import { PendingBanner } from '../common/PendingBanner';
import { PrintPreview } from './PrintPreview';
import { myIncomingRoles } from './roles';
import { incomingSealedContent } from './sealedContent';
import { CirculationList } from './side/CirculationList';
import { HandlingPanel } from './side/HandlingPanel';
import { SheetTimeline } from './side/SheetTimeline';
import { StampPanel } from './side/StampPanel';
import { useStampVerdict } from './side/useStampVerdict';

type LoadedIncoming = IncomingDocument & { pending: PendingChange | null };

/** Overdue: past the 承办 deadline and not yet 办结. */
function isOverdue(doc: IncomingDocument, now: number): boolean {
  return doc.dueAt !== null && doc.completedAt === null && now > doc.dueAt;
}

function IncomingView({ doc, seals, myUnitIds, onBack }: { doc: LoadedIncoming; seals: Seal[] | undefined; myUnitIds: string[]; onBack: () => void }) {
  const me = useMe();
  const [printing, setPrinting] = useState(false);
  const kinds = availableIncomingActions(doc.workflow, me.id, myIncomingRoles(me, myUnitIds, doc.unitId));
  const overdue = isOverdue(doc, Date.now());
  const seal = seals?.find((s) => s.id === doc.stamp?.sealId);
  const content = incomingSealedContent(doc);
  // The seal image is only laid over the page when the seal still vouches for it.
  const verdict = useStampVerdict(doc.stamp, seal, seals ? content : null);
  const mine = doc.workflow.assignees.includes(me.id) || doc.workflow.circulation.some((c) => c.personId === me.id && c.readAt === null);
  return (
    <div className="xt-doc-page" data-testid="incoming-page" data-kind="incoming" data-doc-id={doc.id} data-step={doc.workflow.step}>
      <DocumentHeader
        title={doc.fields.title}
        type={doc.fields.type}
        number={[doc.registerNumber ? `收文编号 ${doc.registerNumber}` : '未登记', doc.docNumber].filter(Boolean).join(' · ')}
        stepLabel={incomingStepLabels[doc.workflow.step]}
        urgency={doc.fields.urgency}
        extra={
          <>
            <span className="xt-muted">来文：{doc.fromName}</span>
            {doc.dueAt !== null && (
              <span>
                期限 <DueTag dueAt={doc.dueAt} overdue={overdue} />
              </span>
            )}
            {mine && <span className="xt-doc-mine">待我办理</span>}
          </>
        }
        actions={<IncomingActions doc={doc} kinds={kinds} />}
        onBack={onBack}
        onPrint={() => setPrinting(true)}
      />
      <div className="xt-doc-columns">
        <main className="xt-doc-paper-column">
          <PendingBanner pending={doc.pending} record="公文" testId="doc-pending" />
          <FieldsMeta fields={doc.fields} set={null} saveState={null} />
          <article className="xt-paper" data-testid="doc-paper">
            <PaperHead fields={doc.fields} set={null} docNumber={doc.docNumber} />
            <div className="xt-doc-body" data-testid="doc-body" data-editable={false}>
              <ReadOnlyBody body={doc.body} />
            </div>
            <PaperFoot fields={doc.fields} set={null} sealImage={verdict === 'valid' ? seal?.image : null} />
          </article>
        </main>
        <aside className="xt-doc-side">
          <Tabs
            size="small"
            items={[
              { key: 'handling', label: <span data-testid="doc-tab-handling">办理</span>, children: <HandlingPanel doc={doc} overdue={overdue} /> },
              { key: 'sheet', label: <span data-testid="doc-tab-sheet">处理单</span>, children: <SheetTimeline kind="incoming" sheet={doc.sheet} /> },
              { key: 'circulation', label: <span data-testid="doc-tab-circulation">传阅</span>, children: <CirculationList circulation={doc.workflow.circulation} /> },
              { key: 'stamp', label: <span data-testid="doc-tab-stamp">印章</span>, children: <StampPanel stamp={doc.stamp} seal={seal} verdict={verdict} /> },
            ]}
          />
        </aside>
      </div>
      <PrintPreview kind="incoming" id={doc.id} open={printing} onClose={() => setPrinting(false)} />
    </div>
  );
}

/** One 收文 as received: read-only page and body, seal check, and the 收文 steps open to me. */
export function IncomingPage({ id, onBack }: { id: string; onBack: () => void }) {
  const doc = useApiQuery(['documents', 'outbox'], (api) => api.documents.incoming({ id }), [id]);
  const seals = useApiQuery('documents', (api) => api.documents.seals({}));
  const myUnits = useApiQuery('directory', (api) => api.documents.myUnits({}));
  if (!doc.data) {
    if (doc.error) return <Result status="warning" title="无法打开收文" subTitle={doc.error.message} extra={<Button onClick={onBack}>返回列表</Button>} data-testid="doc-error" />;
    return <Spin className="xt-center" />;
  }
  return <IncomingView doc={doc.data} seals={seals.data} myUnitIds={(myUnits.data ?? []).map((u) => u.id)} onBack={onBack} />;
}
