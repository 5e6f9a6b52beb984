import { Alert, Result, Spin, Tabs, Button } from 'antd';
import { useEffect, useState } from 'react';
import type { PendingChange } from '../../shared/sync/pending-change';
import type { OutgoingDocument, Seal } from '../../shared/documents/records';
import { checkDocumentRules } from '../../shared/documents/rules';
import { availableOutgoingActions, bodyEditable, isFrozen, outgoingStepLabels } from '../../shared/documents/workflow';
import { useApiQuery } from '../api/useApiQuery';
import { useMe } from '../app/session';
import { useDirectoryTree } from '../directory/useDirectoryTree';
import { BodyEditor } from './body/BodyEditor';
import { DocumentHeader } from './DocumentHeader';
import { FieldsMeta } from './FieldsMeta';
import { OutgoingActions } from './OutgoingActions';
import { PaperFoot } from './PaperFoot';
import { PaperHead } from './PaperHead';
import { PendingBanner } from '../common/PendingBanner';
import { PrintPreview } from './PrintPreview';
import { myOutgoingRoles, usableSeals } from './roles';
import { RuleWarnings } from './RuleWarnings';
import { SignOpinion } from './SignOpinion';
import { outgoingSealedContent } from './sealedContent';
import { subordinateUnitNames } from './orgUnits';
import { FlowSteps } from './side/FlowSteps';
import { SheetTimeline } from './side/SheetTimeline';
import { StampPanel } from './side/StampPanel';
import { useStampVerdict } from './side/useStampVerdict';
import { VersionsPanel } from './side/VersionsPanel';
import { useFieldsDraft } from './useFieldsDraft';

type LoadedOutgoing = OutgoingDocument & { pending: PendingChange | null };

function OutgoingView({ doc, seals, myUnitIds, onBack }: { doc: LoadedOutgoing; seals: Seal[] | undefined; myUnitIds: string[]; onBack: () => void }) {
  const me = useMe();
  const tree = useDirectoryTree();
  const [printing, setPrinting] = useState(false);
  const { step, assignees } = doc.workflow;
  const mine = assignees.includes(me.id);
  const editable = mine && bodyEditable(step) && !isFrozen(step);
  const draft = useFieldsDraft(doc.id, doc.fields);
  const set = editable ? draft.set : null;
  const warnings = checkDocumentRules(draft.fields, { docNumber: doc.docNumber, subordinateNames: subordinateUnitNames(tree.orgs.values(), doc.unitId) });
  const kinds = availableOutgoingActions(doc.workflow, me.id, myOutgoingRoles(me, myUnitIds, doc.unitId, seals ?? []));
  const seal = seals?.find((s) => s.id === doc.stamp?.sealId);
  // The seal image is only laid over the page while the seal still vouches for it.
  const verdict = useStampVerdict(doc.stamp, seal, seals ? outgoingSealedContent(doc) : null);
  const { save } = draft;

  // Ctrl+S (⌘S) saves the fields at once instead of the browser's "save page".
  useEffect(() => {
    if (!editable) return;
    const onKey = (e: KeyboardEvent) => {
      if ((e.ctrlKey || e.metaKey) && e.key.toLowerCase() === 's') {
        e.preventDefault();
        void save(true);
      }
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [editable, save]);

  return (
    <div className="xt-doc-page" data-testid="doc-page" data-kind="outgoing" data-doc-id={doc.id} data-step={step}>
      <DocumentHeader
        title={draft.fields.title}
        type={draft.fields.type}
        number={doc.docNumber ?? '未编号'}
        stepLabel={outgoingStepLabels[step]}
        urgency={draft.fields.urgency}
        extra={mine && step !== 'archived' && <span className="xt-doc-mine">待我办理</span>}
        actions={<OutgoingActions doc={doc} kinds={kinds} seals={usableSeals(seals ?? [], doc.unitId, me.id)} onBeforeAct={() => save(false)} />}
        onBack={onBack}
        onPrint={() => setPrinting(true)}
      />
      <div className="xt-doc-columns">
        <main className="xt-doc-paper-column">
          <PendingBanner pending={doc.pending} record="公文" testId="doc-pending" />
          <Alert type="error" showIcon={false} className="xt-classified-banner" title="本系统严禁处理涉密信息" data-testid="doc-classified-banner" />
          <FieldsMeta fields={draft.fields} set={set} saveState={editable ? draft.saveState : null} />
          <RuleWarnings warnings={warnings} />
          <SignOpinion sheet={doc.sheet} />
          <article className="xt-paper" data-testid="doc-paper">
            <PaperHead fields={draft.fields} set={set} docNumber={doc.docNumber} />
            <BodyEditor documentId={doc.id} writable={editable} workflowKey={`${step}:${assignees.join(',')}`} revision={`${doc.updatedAt}:${doc.pending?.status ?? ''}`} />
            <PaperFoot fields={draft.fields} set={set} sealImage={verdict === 'valid' ? seal?.image : null} />
          </article>
        </main>
        <aside className="xt-doc-side">
          <Tabs
            size="small"
            items={[
              { key: 'sheet', label: <span data-testid="doc-tab-sheet">处理单</span>, children: <SheetTimeline kind="outgoing" sheet={doc.sheet} /> },
              { key: 'versions', label: <span data-testid="doc-tab-versions">痕迹</span>, children: <VersionsPanel key={doc.versions.length} doc={doc} canRestore={editable} /> },
              { key: 'flow', label: <span data-testid="doc-tab-flow">流转</span>, children: <FlowSteps workflow={doc.workflow} /> },
              { key: 'stamp', label: <span data-testid="doc-tab-stamp">印章</span>, children: <StampPanel stamp={doc.stamp} seal={seal} verdict={verdict} /> },
            ]}
          />
        </aside>
      </div>
      <PrintPreview kind="outgoing" id={doc.id} open={printing} onClose={() => setPrinting(false)} />
    </div>
  );
}

/** One 发文: the page as it will print, co-edited live, with its workflow, 处理单, 痕迹 and 印章. */
export function OutgoingPage({ id, onBack }: { id: string; onBack: () => void }) {
  const doc = useApiQuery(['documents', 'outbox'], (api) => api.documents.outgoing({ id }), [id]);
  const seals = useApiQuery('documents', (api) => api.documents.seals({}));
  const myUnits = useApiQuery('directory', (api) => api.documents.myUnits({}));
  if (!doc.data) {
    if (doc.error) {
      return (
        <Result status="warning" title="无法打开公文" subTitle={doc.error.message} extra={<Button onClick={onBack}>返回列表</Button>} data-testid="doc-error" />
      );
    }
    return <Spin className="xt-center" />;
  }
  return <OutgoingView doc={doc.data} seals={seals.data} myUnitIds={(myUnits.data ?? []).map((u) => u.id)} onBack={onBack} />;
}
