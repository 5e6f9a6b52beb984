import { useCallback, useEffect, useRef, useState } from 'react';
import type { DocumentFields, DocumentFieldsPatch } from '../../shared/documents/fields';
import { useApi } from '../api/context';
import { useAction } from '../common/useAction';

export type SaveState = 'saved' | 'unsaved' | 'saving';

export interface FieldsDraft {
  /** The saved fields with my unsaved edits on top. */
  fields: DocumentFields;
  set: <K extends keyof DocumentFields>(key: K, value: DocumentFields[K]) => void;
  /** Saves now (Ctrl+S); says so when asked to. */
  save: (announce: boolean) => Promise<void>;
  saveState: SaveState;
}

const autosaveDelayMs = 800;

/**
 * The fields as I edit them: changes are kept locally and sent as one patch once typing pauses.
 * An edit stays on top of the saved copy until the saved copy that includes it comes back, so
 * the form never flickers back to the old value in between.
 */
export function useFieldsDraft(documentId: string, saved: DocumentFields): FieldsDraft {
  const api = useApi();
  const run = useAction();
  const [edits, setEdits] = useState<DocumentFieldsPatch>({});
  const editsRef = useRef(edits);
  editsRef.current = edits;
  /** Edits the server accepted, dropped when the next saved copy arrives. */
  const accepted = useRef(new Map<string, unknown>());
  const [saving, setSaving] = useState(false);
  /** Edited since the last save began: the autosave timer runs. */
  const [pending, setPending] = useState(false);
  /** The last save was refused: kept, shown as unsaved, not retried until the next edit or Ctrl+S. */
  const [failed, setFailed] = useState(false);

  const save = useCallback(
    async (announce: boolean) => {
      const patch = editsRef.current;
      if (Object.keys(patch).length === 0) {
        if (announce) await run('已保存', async () => undefined);
        return;
      }
      setSaving(true);
      setPending(false);
      const ok = await run(announce ? '已保存' : null, () => api.documents.updateFields({ documentId, patch }));
      setSaving(false);
      setFailed(!ok);
      if (ok) for (const [key, value] of Object.entries(patch)) accepted.current.set(key, value);
    },
    [api, documentId, run],
  );

  useEffect(() => {
    if (!pending) return;
    const t = setTimeout(() => void save(false), autosaveDelayMs);
    return () => clearTimeout(t);
  }, [pending, edits, save]);

  const set = useCallback(<K extends keyof DocumentFields>(key: K, value: DocumentFields[K]) => {
    setEdits((cur) => ({ ...cur, [key]: value }));
    setPending(true);
    setFailed(false);
  }, []);

  return {
    fields: { ...saved, ...edits },
    set,
    save,
    saveState: saving ? 'saving' : pending || failed ? 'unsaved' : 'saved',
  };
}
