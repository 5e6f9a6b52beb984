import { useEffect, useState } from 'react';
import { Awareness } from 'y-protocols/awareness';
import * as Y from 'yjs';
import { useApi } from '../../api/context';
import { BodySync, type BodySyncState } from './bodySync';

export interface BodySession {
  sync: BodySync;
  state: BodySyncState;
  /** The local copy is applied; the editor can show it. */
  ready: boolean;
}

/** One Y.Doc, awareness and connection per open body, torn down when the page closes. */
export function useBodySync(documentId: string): BodySession | null {
  const api = useApi();
  const [session, setSession] = useState<BodySession | null>(null);
  useEffect(() => {
    // Deleted text stays in the document, as on the server, so edits made offline keep their trace.
    const doc = new Y.Doc({ gc: false });
    const awareness = new Awareness(doc);
    let current: BodySession | null = null;
    const sync = new BodySync(api, documentId, doc, awareness, (state) => {
      if (!current) return;
      current = { ...current, state };
      setSession(current);
    });
    current = { sync, state: { status: 'loading', access: null, problem: null }, ready: false };
    setSession(current);
    void sync.loadLocal().then(() => {
      if (current?.sync !== sync) return;
      current = { ...current, ready: true };
      setSession(current);
      sync.connect();
    });
    return () => {
      current = null;
      sync.destroy();
      awareness.destroy();
      doc.destroy();
    };
  }, [api, documentId]);
  return session;
}
