import type { IncomingDocument, OutgoingDocument } from '../../shared/documents/records';
import { initialIncomingState } from '../../shared/documents/incoming';
import { AppError } from '../../shared/errors';
import { newId } from '../../shared/ids';
import type { CommandContext } from '../sync/command-service';
import type { WriteScope } from '../sync/writer';
import type { DocumentStore } from './document-store';
import type { StepNotices } from '../notices/step-notices';
import type { UnitRoles } from '../directory/unit-roles';

/** A document entering a unit's 收文 inbox, from our own 分发 or from another system. */
export interface Delivery {
  unitId: string;
  outgoingId: string | null;
  fromUnitId: string | null;
  fromName: string;
  fields: IncomingDocument['fields'];
  docNumber: string | null;
  body: IncomingDocument['body'];
  bodyText: string;
  stamp: IncomingDocument['stamp'];
}

/**
 * 分发: puts the signed, sealed document into each recipient unit's inbox, waiting for its 文书 to
 * 签收. Redistributing to a unit that already has it changes nothing there.
 */
export class Distribution {
  constructor(
    private readonly store: DocumentStore,
    private readonly roles: UnitRoles,
    private readonly notices: StepNotices,
  ) {}

  deliver(ctx: CommandContext, document: OutgoingDocument, unitIds: readonly string[]): void {
    if (!document.signedBody) throw new AppError('conflict', '公文尚未签发，不能分发');
    for (const unitId of unitIds) {
      if (this.store.incomingFrom(document.id, unitId)) continue;
      this.receive(ctx.scope, ctx.now, newId(), {
        unitId,
        outgoingId: document.id,
        fromUnitId: document.unitId,
        fromName: document.fields.issuerName,
        fields: document.fields,
        docNumber: document.docNumber,
        body: document.signedBody,
        bodyText: document.bodyText,
        stamp: document.stamp,
      });
    }
  }

  receive(scope: WriteScope, now: number, id: string, delivery: Delivery): IncomingDocument {
    const clerks = this.roles.withRole(delivery.unitId, 'clerk');
    if (clerks.length === 0) throw new AppError('bad_request', `收文单位"${this.roles.unitName(delivery.unitId)}"没有文书，无法签收；请先为其指定文书`);
    const incoming = this.store.saveIncoming(scope, {
      id,
      ...delivery,
      createdAt: now,
      updatedAt: now,
      workflow: initialIncomingState(clerks),
      registerNumber: null,
      proposal: '',
      instruction: '',
      dueAt: null,
      completedAt: null,
      overdueNotifiedAt: null,
      participants: clerks,
      sheet: [],
    });
    scope.afterCommit(() =>
      this.notices.send(`in:${id}:receive`, clerks, '收文待签收', `《${delivery.fields.title || '（无标题）'}》（${delivery.fromName}）已送达，请签收。`),
    );
    return incoming;
  }
}
