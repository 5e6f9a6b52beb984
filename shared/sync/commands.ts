import { z } from 'zod';
import { Id } from '../ids';
import { Org, OrgKind, Person, PersonInput, Phone, Post, Role } from '../directory/schemas';
import { Conversation, CreateConversationInput, Message, MessageText, ReadState, SendMessageInput } from '../messages/schemas';
import { DocumentFields, DocumentFieldsPatch } from '../documents/fields';
import { IncomingAction, IncomingStep } from '../documents/incoming';
import { DocumentTemplate, IncomingDocument, OutgoingDocument, Seal } from '../documents/records';
import { OutgoingAction, OutgoingStep } from '../documents/workflow';
import { CreateSupervisionInput, SupervisionAction } from '../supervision/actions';
import { SupervisionStatus } from '../supervision/kinds';
import { SupervisionItem } from '../supervision/records';
import {
  CreateHandoverInput,
  CreateIncidentInput,
  CreateRosterCallInput,
  IncidentAction,
  RequestSwapInput,
  RosterAction,
  SaveDutySetupInput,
  SaveLogEntryInput,
  SaveRosterInput,
  SubmitDailyReportInput,
  SwapDecision,
} from '../duty/actions';
import { DailyReport, DutyHandover, DutyLogEntry, DutyRoster, DutySetup, DutySwap, Incident, RosterCall, SwapStatus } from '../duty/records';

const Ok = z.object({ ok: z.literal(true) });

/**
 * Every change a client asks of the server is a command: one entry here, its input and its
 * result. The server applies it in one transaction; the client queues it in its outbox.
 */
export const commands = {
  'message.send': { input: SendMessageInput, output: Message },
  'message.recall': { input: z.strictObject({ messageId: Id }), output: Message },
  'conversation.create': { input: CreateConversationInput, output: Conversation },
  'conversation.rename': {
    input: z.strictObject({ conversationId: Id, title: z.string().trim().min(1, '群名称不能为空').max(64) }),
    output: Conversation,
  },
  'conversation.addMembers': {
    input: z.strictObject({ conversationId: Id, userIds: z.array(Id).min(1).max(500) }),
    output: Conversation,
  },
  'conversation.removeMember': { input: z.strictObject({ conversationId: Id, userId: Id }), output: Conversation },
  'conversation.leave': { input: z.strictObject({ conversationId: Id }), output: Ok },
  'conversation.markRead': {
    input: z.strictObject({ conversationId: Id, seq: z.number().int().nonnegative() }),
    output: ReadState,
  },
  'org.create': {
    input: z.strictObject({
      id: Id,
      parentId: Id.nullable(),
      name: z.string().trim().min(1).max(64),
      kind: OrgKind,
      sort: z.number().int().default(0),
    }),
    output: Org,
  },
  'org.update': {
    input: z.strictObject({
      id: Id,
      name: z.string().trim().min(1).max(64).optional(),
      parentId: Id.nullable().optional(),
      sort: z.number().int().optional(),
    }),
    output: Org,
  },
  'person.create': { input: PersonInput.extend({ id: Id }), output: Person },
  'person.update': {
    input: z.strictObject({
      id: Id,
      name: z.string().trim().min(1).max(32).optional(),
      phone: z.union([Phone, z.literal('')]).optional(),
      email: z.union([z.email(), z.literal('')]).optional(),
      posts: z.array(Post).min(1).optional(),
      roles: z.array(Role).optional(),
      disabled: z.boolean().optional(),
    }),
    output: Person,
  },
  'person.resetPassword': { input: z.strictObject({ id: Id, password: z.string().min(8).max(128) }), output: Ok },
  /** 拟稿: a new 发文 in the drafter's unit, from a template when one is given. */
  'document.create': {
    input: z.strictObject({ id: Id, unitId: Id, templateId: Id.nullable().default(null), fields: DocumentFields }),
    output: OutgoingDocument,
  },
  'document.updateFields': { input: z.strictObject({ documentId: Id, patch: DocumentFieldsPatch }), output: OutgoingDocument },
  /**
   * One workflow step. `expectedStep` is the step the client saw: an action queued offline is
   * refused with the reason when the document has moved on meanwhile, instead of landing elsewhere.
   */
  'document.act': { input: z.strictObject({ documentId: Id, expectedStep: OutgoingStep, action: OutgoingAction }), output: OutgoingDocument },
  'document.restoreVersion': { input: z.strictObject({ documentId: Id, versionId: Id }), output: OutgoingDocument },
  'incoming.act': { input: z.strictObject({ incomingId: Id, expectedStep: IncomingStep, action: IncomingAction }), output: IncomingDocument },
  'documentTemplate.save': { input: DocumentTemplate, output: DocumentTemplate },
  'seal.create': {
    input: z.strictObject({
      id: Id,
      unitId: Id,
      name: z.string().trim().min(1, '印章名称不能为空').max(60),
      holderIds: z.array(Id).max(50).default([]),
      /** A scanned seal as a PNG data: URL; without one the server draws the standard round seal. */
      image: z.string().startsWith('data:image/png;base64,').max(2_000_000).nullable().default(null),
    }),
    output: Seal,
  },
  'seal.update': {
    input: z.strictObject({ id: Id, holderIds: z.array(Id).max(50).optional(), disabled: z.boolean().optional() }),
    output: Seal,
  },
  /** 立项 and 交办: numbered by the server, sent to the units as 工作通知. */
  'supervision.create': { input: CreateSupervisionInput, output: SupervisionItem },
  /** `expectedStatus`: an action queued offline is refused with the reason if the item moved on. */
  'supervision.act': { input: z.strictObject({ itemId: Id, expectedStatus: SupervisionStatus, action: SupervisionAction }), output: SupervisionItem },
  /** A unit's posts, shifts, pools and constraints, saved whole by a duty manager. */
  'duty.saveSetup': { input: SaveDutySetupInput, output: DutySetup },
  'duty.saveRoster': { input: SaveRosterInput, output: DutyRoster },
  /** 发布, 报送, and the duty office's 退回 or 接收; `expectedVersion` refuses a stale offline action. */
  'duty.actRoster': { input: z.strictObject({ rosterId: Id, expectedVersion: z.number().int().positive(), action: RosterAction }), output: DutyRoster },
  /** 节假日值班表报送通知 from a duty office to the units reporting to it. */
  'duty.createCall': { input: CreateRosterCallInput, output: RosterCall },
  'duty.requestSwap': { input: RequestSwapInput, output: DutySwap },
  'duty.decideSwap': {
    input: z.strictObject({ swapId: Id, expectedStatus: SwapStatus, decision: SwapDecision, opinion: z.string().trim().max(500).default('') }),
    output: DutySwap,
  },
  /** A 值班日志 line, new or edited (closing an open matter is an edit with open: false). */
  'duty.saveLogEntry': { input: SaveLogEntryInput, output: DutyLogEntry },
  'duty.createHandover': { input: CreateHandoverInput, output: DutyHandover },
  'duty.confirmHandover': { input: z.strictObject({ handoverId: Id }), output: DutyHandover },
  'duty.submitDailyReport': { input: SubmitDailyReportInput, output: DailyReport },
  /** 接报登记: the phone and written report countdowns start at its receivedAt. */
  'incident.create': { input: CreateIncidentInput, output: Incident },
  'incident.act': { input: z.strictObject({ incidentId: Id, action: IncidentAction }), output: Incident },
} as const;

export type Commands = typeof commands;
export type CommandType = keyof Commands;
export type CommandInput<T extends CommandType> = z.input<Commands[T]['input']>;
export type CommandOutput<T extends CommandType> = z.infer<Commands[T]['output']>;

export const CommandTypeSchema = z.enum(Object.keys(commands) as [CommandType, ...CommandType[]]);

/** What a client sends: its own id for the command doubles as the idempotency key. */
export const CommandEnvelope = z.strictObject({
  id: z.string().min(8).max(64),
  type: CommandTypeSchema,
  input: z.unknown(),
});
export type CommandEnvelope = z.infer<typeof CommandEnvelope>;

export const CommandResult = z.object({ id: z.string(), type: CommandTypeSchema, output: z.unknown() });
export type CommandResult = z.infer<typeof CommandResult>;

export { MessageText };
