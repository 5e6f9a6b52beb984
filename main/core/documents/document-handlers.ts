import type { ApiHandlers } from '../../../shared/contract/define';
import type { DesktopApi } from '../../../shared/desktop-api';
import { AppError } from '../../../shared/errors';
import type { UserContext } from '../user-context';
import * as actions from './document-actions';
import { bodyTicket } from './body-ticket';
import { localBody, storeLocalBody } from './body-store';
import { documentCounts } from './document-counts';
import { listDocuments } from './document-list';
import { documentPdf } from './document-pdf';
import { incomingDocument, outgoingDocument } from './document-records';
import { documentKind } from './document-rows';
import { myUnits } from './my-units';
import { allSeals } from './seal-rows';
import { allTemplates } from './template-rows';

const ok = { ok: true } as const;

/** `api.documents.*`: lists and records from the local store, changes through the outbox, the rest online. */
export function documentHandlers(ctx: () => UserContext): ApiHandlers<DesktopApi>['documents'] {
  return {
    list: async (query) => listDocuments(ctx().db, ctx().me.id, query, ctx().clock()),
    counts: async () => documentCounts(ctx().db, ctx().me.id, ctx().clock()),
    outgoing: async ({ id }) => outgoingDocument(ctx().db, id),
    incoming: async ({ id }) => incomingDocument(ctx().db, id),
    myUnits: async () => myUnits(ctx().db, ctx().me),
    create: async (input) => actions.createDocument(ctx(), input),
    updateFields: async (input) => (actions.updateFields(ctx(), input), ok),
    act: async (input) => (actions.act(ctx(), input), ok),
    actIncoming: async (input) => (actions.actIncoming(ctx(), input), ok),
    restoreVersion: async (input) => (actions.restoreVersion(ctx(), input), ok),
    bodyTicket: ({ documentId }) => bodyTicket(ctx().http, documentId),
    localBody: async ({ documentId }) => {
      const body = localBody(ctx().db, documentId);
      return { updateBase64: body ? Buffer.from(body).toString('base64') : null };
    },
    storeLocalBody: async ({ documentId, updateBase64 }) => {
      const { db } = ctx();
      if (documentKind(db, documentId) !== 'outgoing') throw new AppError('not_found', '公文不存在，或您无权查看');
      storeLocalBody(db, documentId, Buffer.from(updateBase64, 'base64'));
      return ok;
    },
    diff: ({ documentId, from, to }) => ctx().http.call('documentDiff', { params: { id: documentId }, query: { from, to } }),
    pdf: ({ kind, id }) => documentPdf(ctx().db, ctx().http, kind, id),
    register: async (query) => (await ctx().http.call('numberRegister', { query })).entries,
    templates: async () => allTemplates(ctx().db),
    saveTemplate: async (input) => (await actions.saveTemplate(ctx(), input), ok),
    seals: async () => allSeals(ctx().db),
    createSeal: async (input) => (await actions.createSeal(ctx(), input), ok),
    updateSeal: async (input) => (await actions.updateSeal(ctx(), input), ok),
  };
}
