import { useState } from 'react';
import { useNavigation } from '../app/navigation';
import { DocumentList, type ListState } from './DocumentList';
import { emptyFilters } from './listQuery';
import { IncomingPage } from './IncomingPage';
import { NewDocumentDialog } from './NewDocumentDialog';
import { OutgoingPage } from './OutgoingPage';

/** 公文: the lists, or the one document opened from them; the list keeps its tab, filters and page. */
export function DocumentsPage() {
  const { openDoc, openDocument } = useNavigation();
  const [list, setList] = useState<ListState>({ box: 'todo', filters: emptyFilters, page: 1, pageSize: 20 });
  const [drafting, setDrafting] = useState(false);
  const back = () => openDocument(null);
  return (
    <div className="xt-docs">
      {openDoc?.kind === 'outgoing' ? (
        <OutgoingPage key={openDoc.id} id={openDoc.id} onBack={back} />
      ) : openDoc?.kind === 'incoming' ? (
        <IncomingPage key={openDoc.id} id={openDoc.id} onBack={back} />
      ) : (
        <DocumentList state={list} onChange={setList} onNew={() => setDrafting(true)} />
      )}
      <NewDocumentDialog
        open={drafting}
        onClose={() => setDrafting(false)}
        onCreated={(id) => {
          setDrafting(false);
          openDocument({ kind: 'outgoing', id });
        }}
      />
    </div>
  );
}
