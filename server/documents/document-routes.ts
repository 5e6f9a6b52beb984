import { AppError } from '../../shared/errors';
import type { IncomingDocument, OutgoingDocument } from '../../shared/documents/records';
import type { ServerResponse } from 'node:http';
import type { Actor } from '../auth/actor';
import type { RouteHandlers } from '../http/router';
import { bodyAccess } from './body-access';
import { bodyDocId, type DocumentBodies } from './bodies';
import type { BodyTickets } from './body-tickets';
import type { DocumentStore } from './document-store';
import type { Distribution } from './distribution';
import type { NumberRegister } from './number-register';
import { renderDocumentPdf } from './pdf/render';
import { documentScope, incomingScope, type RecordAccess } from './record-access';
import type { SealKeys } from './seal-keys';
import type { UnitRoles } from '../directory/unit-roles';
import type { Writer } from '../sync/writer';
import type { Clock } from '../config';
import { assertNotClassified } from '../../shared/documents/secrecy';
import { bodyPlainText } from '../../shared/documents/body';

export interface DocumentRouteDeps {
  store: DocumentStore;
  access: RecordAccess;
  bodies: DocumentBodies;
  tickets: BodyTickets;
  register: NumberRegister;
  seals: SealKeys;
  roles: UnitRoles;
  distribution: Distribution;
  writer: Writer;
  clock: Clock;
}

export type DocumentRoutes = Pick<RouteHandlers, 'documentTicket' | 'documentDiff' | 'documentPdf' | 'incomingPdf' | 'numberRegister' | 'importIncoming'>;

export async function sendPdf(res: ServerResponse, fileName: string, pdf: Buffer): Promise<void> {
  res.writeHead(200, {
    'content-type': 'application/pdf',
    'content-length': pdf.length,
    'content-disposition': `attachment; filename*=UTF-8''${encodeURIComponent(fileName)}`,
    'x-content-type-options': 'nosniff',
  });
  await new Promise<void>((resolve) => res.end(pdf, resolve));
}

const pdfName = (document: OutgoingDocument | IncomingDocument): string => `${document.docNumber ?? document.fields.title ?? '公文'}.pdf`;

export function documentRoutes(deps: DocumentRouteDeps): DocumentRoutes {
  const { store, access, bodies, tickets, register, seals, roles, distribution, writer, clock } = deps;

  /** Someone the document has not involved gets the same answer as for a missing one. */
  const visibleOutgoing = (id: string, actor: Actor): OutgoingDocument => {
    const document = store.outgoing(id);
    if (!document || !access.has(documentScope(id), actor.person.id)) throw new AppError('not_found', '公文不存在或无权查看');
    return document;
  };

  const sealImage = (stamp: OutgoingDocument['stamp']): string | null => (stamp ? (seals.get(stamp.sealId)?.image ?? null) : null);

  const letterFormat = (document: OutgoingDocument): boolean =>
    document.templateId ? (store.template(document.templateId)?.letterFormat ?? false) : false;

  return {
    documentTicket: async ({ params }, { actor }) => {
      const document = visibleOutgoing(params.id, actor);
      const right = bodyAccess(document, actor.person.id);
      if (!right) throw new AppError('not_found', '公文不存在或无权查看');
      return { ...tickets.issue(actor, bodyDocId(document.id)), access: right };
    },

    documentDiff: async ({ params, query }, { actor }) => {
      visibleOutgoing(params.id, actor);
      const snapshot = (versionId: string | undefined) => (versionId ? store.versionSnapshot(params.id, versionId) : null);
      return bodies.diff(bodyDocId(params.id), snapshot(query.from), snapshot(query.to));
    },

    documentPdf: async ({ params }, { actor, res }) => {
      const document = visibleOutgoing(params.id, actor);
      const body = document.signedBody ?? (await bodies.bodyJson(bodyDocId(document.id)));
      const pdf = await renderDocumentPdf({
        fields: document.fields,
        docNumber: document.docNumber,
        body,
        sealImage: sealImage(document.stamp),
        letterFormat: letterFormat(document),
      });
      await sendPdf(res, pdfName(document), pdf);
    },

    incomingPdf: async ({ params }, { actor, res }) => {
      const incoming = store.incoming(params.id);
      if (!incoming || !access.has(incomingScope(params.id), actor.person.id)) throw new AppError('not_found', '收文不存在或无权查看');
      const source = incoming.outgoingId ? store.outgoing(incoming.outgoingId) : null;
      const pdf = await renderDocumentPdf({
        fields: incoming.fields,
        docNumber: incoming.docNumber,
        body: incoming.body,
        sealImage: sealImage(incoming.stamp),
        letterFormat: source ? letterFormat(source) : false,
      });
      await sendPdf(res, pdfName(incoming), pdf);
    },

    numberRegister: async ({ query }, { actor }) => {
      const { person } = actor;
      const mayRead = person.roles.includes('sysadmin') || (roles.unitsOf(person).includes(query.unitId) && (person.roles.includes('clerk') || person.roles.includes('leader')));
      if (!mayRead) throw new AppError('forbidden', '只有本单位文书、领导或系统管理员可以查看字号登记簿');
      return { entries: register.entries(query.unitId, query.agencyCode, query.year) };
    },

    importIncoming: async ({ body }) => {
      assertNotClassified(body.fields, bodyPlainText(body.body));
      roles.requireUnit(body.unitId);
      return writer.write((scope) => {
        const existing = store.incoming(body.clientId);
        if (existing) return existing;
        return distribution.receive(scope, clock.now(), body.clientId, {
          unitId: body.unitId,
          outgoingId: null,
          fromUnitId: null,
          fromName: body.fromName,
          fields: body.fields,
          docNumber: body.docNumber,
          body: body.body,
          bodyText: bodyPlainText(body.body),
          stamp: null,
        });
      });
    },
  };
}
