import type { EntityData, EntityName } from '../../../shared/sync/changes';
import type { LocalDb } from '../store/open-local-db';
import { deleteConversation, putConversation, putReadState } from '../chat/conversation-rows';
import { deleteMessage, putServerMessage } from '../chat/message-rows';
import { deleteOrg, deletePerson, putOrg, putPerson } from '../directory/directory-rows';
import { deleteDocument, putIncoming } from '../documents/document-rows';
import { putServerOutgoing } from '../documents/pending-field-edits';
import { deleteSeal, putSeal } from '../documents/seal-rows';
import { deleteTemplate, putTemplate } from '../documents/template-rows';
import { deleteItem, putItem } from '../supervision/supervision-rows';
import { deleteDutyRecord, putDutyRecord, type DutyEntity } from '../duty/duty-rows';

/** The areas of the renderer that synced records feed. */
export type SyncedArea = 'directory' | 'chat' | 'documents' | 'supervision' | 'duty';

/** What applying one change did, for the events the core sends after the page commits. */
export interface ApplyEffects {
  areas: Set<SyncedArea>;
  newMessages: EntityData<'message'>[];
}

export interface Applier<E extends EntityName> {
  put(db: LocalDb, data: EntityData<E>, effects: ApplyEffects): void;
  del(db: LocalDb, id: string, effects: ApplyEffects): void;
}

/**
 * One applier per entity in shared/sync/changes.ts. The type makes adding an entity there a
 * compile error here until it has an applier, so no change kind is silently dropped.
 */
function dutyApplier<E extends DutyEntity & EntityName>(entity: E): Applier<E> {
  return {
    put: (db, record, fx) => (putDutyRecord(db, entity, record as never), fx.areas.add('duty')),
    del: (db, id, fx) => (deleteDutyRecord(db, entity, id), fx.areas.add('duty')),
  };
}

export const appliers: { [E in EntityName]: Applier<E> } = {
  org: {
    put: (db, org, fx) => (putOrg(db, org), fx.areas.add('directory')),
    del: (db, id, fx) => (deleteOrg(db, id), fx.areas.add('directory')),
  },
  person: {
    put: (db, person, fx) => (putPerson(db, person), fx.areas.add('directory')),
    del: (db, id, fx) => (deletePerson(db, id), fx.areas.add('directory')),
  },
  conversation: {
    put: (db, conversation, fx) => (putConversation(db, conversation), fx.areas.add('chat')),
    del: (db, id, fx) => (deleteConversation(db, id), fx.areas.add('chat')),
  },
  message: {
    put: (db, message, fx) => {
      if (putServerMessage(db, message).isNew) fx.newMessages.push(message);
      fx.areas.add('chat');
    },
    del: (db, id, fx) => (deleteMessage(db, id), fx.areas.add('chat')),
  },
  readState: {
    put: (db, state, fx) => (putReadState(db, state), fx.areas.add('chat')),
    // Read states are keyed by conversation and user; they leave with their conversation.
    del: (_db, _id, fx) => fx.areas.add('chat'),
  },
  document: {
    put: (db, doc, fx) => (putServerOutgoing(db, doc), fx.areas.add('documents')),
    del: (db, id, fx) => (deleteDocument(db, id), fx.areas.add('documents')),
  },
  incoming: {
    put: (db, doc, fx) => (putIncoming(db, doc), fx.areas.add('documents')),
    del: (db, id, fx) => (deleteDocument(db, id), fx.areas.add('documents')),
  },
  documentTemplate: {
    put: (db, template, fx) => (putTemplate(db, template), fx.areas.add('documents')),
    del: (db, id, fx) => (deleteTemplate(db, id), fx.areas.add('documents')),
  },
  seal: {
    put: (db, seal, fx) => (putSeal(db, seal), fx.areas.add('documents')),
    del: (db, id, fx) => (deleteSeal(db, id), fx.areas.add('documents')),
  },
  supervisionItem: {
    put: (db, item, fx) => (putItem(db, item), fx.areas.add('supervision')),
    del: (db, id, fx) => (deleteItem(db, id), fx.areas.add('supervision')),
  },
  dutySetup: dutyApplier('dutySetup'),
  dutyRoster: dutyApplier('dutyRoster'),
  rosterCall: dutyApplier('rosterCall'),
  dutySwap: dutyApplier('dutySwap'),
  dutyLogEntry: dutyApplier('dutyLogEntry'),
  dutyHandover: dutyApplier('dutyHandover'),
  dailyReport: dutyApplier('dailyReport'),
  incident: dutyApplier('incident'),
};

export function applyChange(db: LocalDb, change: { entity: EntityName; op: 'put'; data: unknown } | { entity: EntityName; op: 'del'; id: string }, effects: ApplyEffects): void {
  const applier = appliers[change.entity] as Applier<EntityName>;
  if (change.op === 'put') applier.put(db, change.data as never, effects);
  else applier.del(db, change.id, effects);
}
