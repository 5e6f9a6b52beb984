import { commands, CommandType } from '../../../shared/sync/commands';
import type { Message } from '../../../shared/messages/schemas';
import type { LocalDb } from '../store/open-local-db';
import { conversationRow, deleteConversation, putConversation, putReadState } from '../chat/conversation-rows';
import { deleteMessage, putServerMessage, setRecalled } from '../chat/message-rows';
import { deleteOrg, deletePerson, putOrg, putPerson } from '../directory/directory-rows';
import type { DocumentFieldsPatch } from '../../../shared/documents/fields';
import { deleteDocument, documentRow, putIncoming } from '../documents/document-rows';
import { applyFieldEdit, putServerOutgoing, revertFieldEdit } from '../documents/pending-field-edits';
import { putSeal } from '../documents/seal-rows';
import { putTemplate } from '../documents/template-rows';
import { deleteItem, itemRow, putItem } from '../supervision/supervision-rows';
import { dutyDecisionEffect, dutyWriteEffect } from '../duty/duty-local-effects';
import { putDutyRecord } from '../duty/duty-rows';
import type { Incident } from '../../../shared/duty/records';

type Input<T extends CommandType> = ReturnType<(typeof commands)[T]['input']['parse']>;
type Output<T extends CommandType> = ReturnType<(typeof commands)[T]['output']['parse']>;

/**
 * What a queued command does to the local store around its life in the outbox: `undo` (taken
 * when it was queued) reverses the optimistic effect when the server refuses it or the user
 * discards it; `accepted` stores the server's answer before the next pull brings it anyway.
 */
interface LocalEffect<T extends CommandType> {
  rejected?(db: LocalDb, input: Input<T>, undo: unknown, reason: string): void;
  retried?(db: LocalDb, input: Input<T>): void;
  discarded?(db: LocalDb, input: Input<T>, undo: unknown): void;
  accepted?(db: LocalDb, output: Output<T>, input: Input<T>): void;
}

const storeMessage = (db: LocalDb, message: Message) => void putServerMessage(db, message);

const effects: { [T in CommandType]: LocalEffect<T> } = {
  'message.send': {
    rejected: (db, input, _undo, reason) =>
      db.prepare("UPDATE messages SET status = 'rejected', rejected_reason = ? WHERE client_id = ? AND status != 'sent'").run(reason, input.clientId),
    retried: (db, input) =>
      db.prepare("UPDATE messages SET status = 'pending', rejected_reason = NULL WHERE client_id = ? AND status != 'sent'").run(input.clientId),
    discarded: (db, input) => {
      const row = db.prepare("SELECT id FROM messages WHERE client_id = ? AND status != 'sent'").get(input.clientId) as { id: string } | undefined;
      if (row) deleteMessage(db, row.id);
    },
    accepted: (db, message) => {
      const pending = db.prepare("SELECT 1 FROM messages WHERE client_id = ? AND status != 'sent'").get(message.clientId);
      if (pending) storeMessage(db, message);
    },
  },
  'message.recall': {
    rejected: (db, input) => setRecalled(db, input.messageId, null),
    discarded: (db, input) => setRecalled(db, input.messageId, null),
    accepted: storeMessage,
  },
  'conversation.create': {
    discarded: (db, input) => {
      if (conversationRow(db, input.clientId)?.local_only) deleteConversation(db, input.clientId);
    },
    accepted: (db, conversation, input) => {
      // The server may answer a direct chat with the one that already exists between the two.
      if (conversation.id !== input.clientId && conversationRow(db, input.clientId)?.local_only) deleteConversation(db, input.clientId);
      putConversation(db, conversation);
    },
  },
  'conversation.rename': {
    rejected: (db, input, undo) => db.prepare('UPDATE conversations SET title = ? WHERE id = ?').run(undo as string, input.conversationId),
    discarded: (db, input, undo) => db.prepare('UPDATE conversations SET title = ? WHERE id = ?').run(undo as string, input.conversationId),
    accepted: (db, conversation) => putConversation(db, conversation),
  },
  'conversation.addMembers': { accepted: (db, conversation) => putConversation(db, conversation) },
  'conversation.removeMember': { accepted: (db, conversation) => putConversation(db, conversation) },
  'conversation.leave': { accepted: (db, _ok, input) => deleteConversation(db, input.conversationId) },
  'conversation.markRead': { accepted: (db, state) => putReadState(db, state) },
  'org.create': {
    rejected: (db, input) => deleteOrg(db, input.id),
    discarded: (db, input) => deleteOrg(db, input.id),
    accepted: (db, org) => putOrg(db, org),
  },
  'org.update': { accepted: (db, org) => putOrg(db, org) },
  'person.create': {
    rejected: (db, input) => deletePerson(db, input.id),
    discarded: (db, input) => deletePerson(db, input.id),
    accepted: (db, person) => putPerson(db, person),
  },
  'person.update': { accepted: (db, person) => putPerson(db, person) },
  'person.resetPassword': {},
  // A refused draft stays, marked by its outbox entry, so the drafter can read the reason; it goes when discarded.
  'document.create': {
    discarded: (db, input) => {
      if (documentRow(db, input.id)?.provisional) deleteDocument(db, input.id);
    },
    accepted: putServerOutgoing,
  },
  'document.updateFields': {
    rejected: (db, input, undo) => revertFieldEdit(db, input.documentId, input.patch, undo as DocumentFieldsPatch),
    retried: (db, input) => void applyFieldEdit(db, input.documentId, input.patch),
    discarded: (db, input, undo) => revertFieldEdit(db, input.documentId, input.patch, undo as DocumentFieldsPatch),
    accepted: putServerOutgoing,
  },
  // Workflow steps are the server's to decide: nothing moves here until it answers.
  'document.act': { accepted: putServerOutgoing },
  'document.restoreVersion': { accepted: putServerOutgoing },
  'incoming.act': { accepted: putIncoming },
  'documentTemplate.save': { accepted: putTemplate },
  'seal.create': { accepted: putSeal },
  'seal.update': { accepted: putSeal },
  // Like a 公文 draft: a refused 立项 stays, marked by its outbox entry, until it is discarded.
  'supervision.create': {
    discarded: (db, input) => {
      if (itemRow(db, input.id)?.provisional) deleteItem(db, input.id);
    },
    accepted: (db, item) => putItem(db, item),
  },
  // The lifecycle is the server's to decide: nothing moves here until it answers.
  'supervision.act': { accepted: (db, item) => putItem(db, item) },
  // 值班: what a person writes shows at once and survives offline; decisions wait for the server.
  'duty.saveSetup': dutyWriteEffect('dutySetup', (input: Input<'duty.saveSetup'>) => input.unitId),
  'duty.saveRoster': dutyWriteEffect('dutyRoster', (input: Input<'duty.saveRoster'>) => input.id),
  'duty.actRoster': dutyDecisionEffect('dutyRoster'),
  'duty.createCall': dutyWriteEffect('rosterCall', (input: Input<'duty.createCall'>) => input.id),
  'duty.requestSwap': dutyWriteEffect('dutySwap', (input: Input<'duty.requestSwap'>) => input.id),
  'duty.decideSwap': dutyDecisionEffect('dutySwap'),
  'duty.saveLogEntry': dutyWriteEffect('dutyLogEntry', (input: Input<'duty.saveLogEntry'>) => input.id),
  'duty.createHandover': dutyWriteEffect('dutyHandover', (input: Input<'duty.createHandover'>) => input.id),
  'duty.confirmHandover': dutyDecisionEffect('dutyHandover'),
  'duty.submitDailyReport': dutyWriteEffect('dailyReport', (input: Input<'duty.submitDailyReport'>) => input.id),
  'incident.create': dutyWriteEffect('incident', (input: Input<'incident.create'>) => input.id),
  // A report or the phone-report time is written here at once (its undo is the incident before); 签收 waits.
  'incident.act': {
    discarded: (db, _input, undo) => {
      if (undo) putDutyRecord(db, 'incident', undo as Incident);
    },
    accepted: (db, incident) => putDutyRecord(db, 'incident', incident),
  },
};

export function localEffectOf(type: CommandType): LocalEffect<CommandType> {
  return effects[type] as LocalEffect<CommandType>;
}
