import { z } from 'zod';
import { IsoDate } from './documents/dates';
import { AppToken, ChangePasswordInput, CreatedAppToken, CreateAppTokenInput, LoginInput } from './auth/schemas';
import { method } from './contract/define';
import { Org, Person, SearchQuery } from './directory/schemas';
import { Id, Timestamp } from './ids';
import { Conversation, ConversationKind, FileRef, Message, MENTION_ALL, MessageText } from './messages/schemas';
import { commands, CommandTypeSchema } from './sync/commands';
import { BodyTicket, DocumentCounts, DocumentListItem, DocumentListQuery, NumberRegisterEntry, RegisterQuery, VersionDiff } from './documents/api-types';
import { PendingChange } from './sync/pending-change';
import { DocumentTemplate, IncomingDocument, OutgoingDocument, Seal } from './documents/records';
import { DashboardQuery, DashboardStats, SupervisionCounts, SupervisionListItem, SupervisionListQuery } from './supervision/api-types';
import { SupervisionItem } from './supervision/records';
import {
  CallStatus,
  CheckRosterQuery,
  DutyCounts,
  DutyUnit,
  FileOutput,
  GeneratedRoster,
  GenerateRosterQuery,
  IncidentListItem,
  IncidentListQuery,
  MyDuty,
  OnDutyNow,
  OnDutyQuery,
  RosterListItem,
  RosterListQuery,
} from './duty/api-types';
import { DailyReport, DutyHandover, DutyLogEntry, DutyRoster, DutySetup, DutySwap, Incident, RosterCall } from './duty/records';
import { RosterProblem } from './duty/roster-schemas';

const Empty = z.strictObject({});
const Ok = z.object({ ok: z.literal(true) });

export const SessionState = z.object({
  user: Person.nullable(),
  serverUrl: z.string(),
  /** Whether the server is reachable right now; the client keeps working when it is not. */
  online: z.boolean(),
  /** Why the session ended, when it ended on its own (expired, account disabled, signed in elsewhere). */
  endedReason: z.string().nullable(),
});
export type SessionState = z.infer<typeof SessionState>;

/** A message as the client holds it: sent ones, and its own not yet accepted by the server. */
export const MessageStatus = z.enum(['sent', 'pending', 'rejected']);
export type MessageStatus = z.infer<typeof MessageStatus>;

export const LocalMessage = Message.omit({ seq: true }).extend({
  seq: z.number().int().nonnegative(),
  status: MessageStatus,
  /** The server's reason, when it refused the message. */
  rejectedReason: z.string().nullable(),
  /** Members other than the sender who have read it; null for messages not yet sent. */
  readCount: z.number().int().nonnegative().nullable(),
  unreadCount: z.number().int().nonnegative().nullable(),
});
export type LocalMessage = z.infer<typeof LocalMessage>;

export const ConversationSummary = z.object({
  id: Id,
  kind: ConversationKind,
  /** The group's name, the other person's name for 1:1, "工作通知" for the notice stream. */
  title: z.string(),
  memberIds: z.array(Id),
  ownerId: Id.nullable(),
  lastMessage: LocalMessage.nullable(),
  unread: z.number().int().nonnegative(),
  /** Someone @-mentioned me (or @所有人) in an unread message. */
  mentioned: z.boolean(),
  updatedAt: Timestamp,
});
export type ConversationSummary = z.infer<typeof ConversationSummary>;

export const SearchHit = z.object({
  message: LocalMessage,
  conversationTitle: z.string(),
  senderName: z.string(),
});

export const OutboxEntry = z.object({
  id: z.string(),
  type: CommandTypeSchema,
  summary: z.string(),
  status: z.enum(['pending', 'rejected']),
  reason: z.string().nullable(),
  createdAt: Timestamp,
  attempts: z.number().int(),
});
export type OutboxEntry = z.infer<typeof OutboxEntry>;

export const FileData = z.object({ file: FileRef, dataBase64: z.string() });

/** Files cross the bridge base64-encoded; the core checks the size against the server's limit. */
export const SendFileInput = z.strictObject({
  conversationId: Id,
  name: z.string().min(1).max(255),
  mime: z.string().max(128),
  dataBase64: z.string(),
});

/**
 * Whether a people listing also holds disabled people (greyed, last). Only 管理 › 人员管理 asks,
 * so an admin can find someone again to re-enable them; everyone's directory leaves them out.
 */
const IncludeDisabled = z.boolean().default(false);

/**
 * The one API between the renderer and the core, carried over IPC on desktop and over the
 * loopback bridge in browser mode. Admin methods are plain commands, checked by the server.
 */
export const desktopApi = {
  session: {
    state: method(Empty, SessionState),
    login: method(LoginInput.extend({ serverUrl: z.url().optional() }), Person),
    logout: method(Empty, Ok),
    changePassword: method(ChangePasswordInput, Ok),
  },
  directory: {
    tree: method(Empty, z.object({ orgs: z.array(Org), counts: z.record(z.string(), z.number()) })),
    orgMembers: method(z.strictObject({ orgId: Id, includeDisabled: IncludeDisabled }), z.array(Person)),
    person: method(z.strictObject({ id: Id }), Person),
    people: method(z.strictObject({ ids: z.array(Id).max(1000) }), z.array(Person)),
    search: method(SearchQuery.extend({ includeDisabled: IncludeDisabled }), z.array(Person)),
  },
  chat: {
    conversations: method(Empty, z.array(ConversationSummary)),
    conversation: method(z.strictObject({ id: Id }), ConversationSummary),
    messages: method(
      z.strictObject({ conversationId: Id, beforeSeq: z.number().int().positive().optional(), limit: z.number().int().min(1).max(200).default(50) }),
      z.object({ messages: z.array(LocalMessage), hasMore: z.boolean() }),
    ),
    send: method(
      z.strictObject({ conversationId: Id, text: MessageText.min(1, '消息不能为空'), mentions: z.array(z.union([Id, z.literal(MENTION_ALL)])).default([]) }),
      LocalMessage,
    ),
    sendFile: method(SendFileInput, LocalMessage),
    fileData: method(z.strictObject({ fileId: FileRef.shape.id }), FileData),
    recall: method(z.strictObject({ messageId: Id }), Ok),
    markRead: method(z.strictObject({ conversationId: Id }), Ok),
    readers: method(z.strictObject({ messageId: Id }), z.object({ read: z.array(Person), unread: z.array(Person) })),
    create: method(commands['conversation.create'].input.omit({ clientId: true }), Conversation),
    rename: method(commands['conversation.rename'].input, Ok),
    addMembers: method(commands['conversation.addMembers'].input, Ok),
    removeMember: method(commands['conversation.removeMember'].input, Ok),
    leave: method(commands['conversation.leave'].input, Ok),
    search: method(z.strictObject({ q: z.string().trim().min(1).max(64), limit: z.number().int().min(1).max(200).default(50) }), z.array(SearchHit)),
    presence: method(Empty, z.object({ online: z.array(Id) })),
  },
  outbox: {
    list: method(Empty, z.array(OutboxEntry)),
    retry: method(z.strictObject({ id: z.string() }), Ok),
    discard: method(z.strictObject({ id: z.string() }), Ok),
  },
  documents: {
    list: method(DocumentListQuery, z.object({ items: z.array(DocumentListItem), total: z.number().int() })),
    counts: method(Empty, DocumentCounts),
    outgoing: method(z.strictObject({ id: Id }), OutgoingDocument.extend({ pending: PendingChange.nullable() })),
    incoming: method(z.strictObject({ id: Id }), IncomingDocument.extend({ pending: PendingChange.nullable() })),
    /** The units (单位) the signed-in person holds a post in: where they may draft. */
    myUnits: method(Empty, z.array(Org)),
    create: method(commands['document.create'].input.omit({ id: true }), z.object({ id: Id })),
    updateFields: method(commands['document.updateFields'].input, Ok),
    act: method(commands['document.act'].input, Ok),
    actIncoming: method(commands['incoming.act'].input, Ok),
    restoreVersion: method(commands['document.restoreVersion'].input, Ok),
    /** Online only: a ticket for the body's Yjs room, and the room's ws:// address. */
    bodyTicket: method(z.strictObject({ documentId: Id }), BodyTicket.extend({ url: z.string() })),
    /** The body's Yjs state kept on this machine, so drafting works offline and survives restarts. */
    localBody: method(z.strictObject({ documentId: Id }), z.object({ updateBase64: z.string().nullable() })),
    storeLocalBody: method(z.strictObject({ documentId: Id, updateBase64: z.string().max(50_000_000) }), Ok),
    diff: method(z.strictObject({ documentId: Id, from: Id.optional(), to: Id.optional() }), VersionDiff),
    pdf: method(z.strictObject({ kind: z.enum(['outgoing', 'incoming']), id: Id }), z.object({ fileName: z.string(), dataBase64: z.string() })),
    register: method(RegisterQuery, z.array(NumberRegisterEntry)),
    templates: method(Empty, z.array(DocumentTemplate)),
    saveTemplate: method(commands['documentTemplate.save'].input, Ok),
    seals: method(Empty, z.array(Seal)),
    createSeal: method(commands['seal.create'].input.omit({ id: true }), Ok),
    updateSeal: method(commands['seal.update'].input, Ok),
  },
  supervision: {
    list: method(SupervisionListQuery, z.object({ items: z.array(SupervisionListItem), total: z.number().int() })),
    counts: method(Empty, SupervisionCounts),
    item: method(z.strictObject({ id: Id }), SupervisionItem.extend({ pending: PendingChange.nullable() })),
    create: method(commands['supervision.create'].input.omit({ id: true }), z.object({ id: Id })),
    act: method(commands['supervision.act'].input, Ok),
    dashboard: method(DashboardQuery, DashboardStats),
    /** 督办台账 as .xlsx, for the items the list query selects (no paging). */
    exportLedger: method(SupervisionListQuery.omit({ limit: true, offset: true }), z.object({ fileName: z.string(), dataBase64: z.string() })),
    /** 督查通报 as PDF, from the server. */
    bulletin: method(z.strictObject({ from: z.string(), to: z.string(), title: z.string().optional() }), z.object({ fileName: z.string(), dataBase64: z.string() })),
  },
  /**
   * 值班值守. Inputs that create a record carry its id, made by the renderer (newId), so a record
   * written offline keeps its id when the server accepts it.
   */
  duty: {
    units: method(Empty, z.array(DutyUnit)),
    setup: method(z.strictObject({ unitId: Id }), DutySetup.nullable()),
    saveSetup: method(commands['duty.saveSetup'].input, Ok),
    rosters: method(RosterListQuery, z.array(RosterListItem)),
    roster: method(z.strictObject({ id: Id }), DutyRoster.extend({ pending: PendingChange.nullable() })),
    generate: method(GenerateRosterQuery, GeneratedRoster),
    check: method(CheckRosterQuery, z.array(RosterProblem)),
    saveRoster: method(commands['duty.saveRoster'].input, Ok),
    actRoster: method(commands['duty.actRoster'].input, Ok),
    /** The roster in the usual 值班表 form: date, 带班领导 and phone, 值班员 and phone, office phone. */
    exportRoster: method(z.strictObject({ rosterId: Id }), FileOutput),
    calls: method(Empty, z.array(RosterCall)),
    callStatus: method(z.strictObject({ callId: Id }), CallStatus),
    createCall: method(commands['duty.createCall'].input, Ok),
    /** Every unit's roster for a call in one workbook, one sheet per unit plus a 汇总 sheet. */
    exportCall: method(z.strictObject({ callId: Id }), FileOutput),
    swaps: method(z.strictObject({ unitId: Id.optional() }), z.array(DutySwap.extend({ pending: PendingChange.nullable() }))),
    requestSwap: method(commands['duty.requestSwap'].input, Ok),
    decideSwap: method(commands['duty.decideSwap'].input, Ok),
    now: method(OnDutyQuery, OnDutyNow),
    myDuties: method(z.strictObject({ from: IsoDate, to: IsoDate }), z.array(MyDuty)),
    /** My duties from `from` to `to` as an iCalendar file (Outlook, 日历, 钉钉 import it). */
    ics: method(z.strictObject({ from: IsoDate, to: IsoDate }), FileOutput),
    logEntries: method(
      z.strictObject({ unitId: Id, from: Timestamp, to: Timestamp, openOnly: z.boolean().default(false) }),
      z.array(DutyLogEntry.extend({ pending: PendingChange.nullable() })),
    ),
    saveLogEntry: method(commands['duty.saveLogEntry'].input, Ok),
    handovers: method(z.strictObject({ unitId: Id }), z.array(DutyHandover.extend({ pending: PendingChange.nullable() }))),
    createHandover: method(commands['duty.createHandover'].input, Ok),
    confirmHandover: method(commands['duty.confirmHandover'].input, Ok),
    dailyReports: method(z.strictObject({ unitId: Id.optional(), callId: Id.optional() }), z.array(DailyReport)),
    submitDailyReport: method(commands['duty.submitDailyReport'].input, Ok),
    incidents: method(IncidentListQuery, z.array(IncidentListItem)),
    incident: method(z.strictObject({ id: Id }), Incident.extend({ pending: PendingChange.nullable() })),
    createIncident: method(commands['incident.create'].input, Ok),
    actIncident: method(commands['incident.act'].input, Ok),
    counts: method(Empty, DutyCounts),
  },
  admin: {
    createPerson: method(commands['person.create'].input.omit({ id: true }), Person),
    updatePerson: method(commands['person.update'].input, Ok),
    resetPassword: method(commands['person.resetPassword'].input, Ok),
    createOrg: method(commands['org.create'].input.omit({ id: true }), Org),
    updateOrg: method(commands['org.update'].input, Ok),
    appTokens: method(Empty, z.array(AppToken)),
    createAppToken: method(CreateAppTokenInput, CreatedAppToken),
    revokeAppToken: method(z.strictObject({ id: Id }), Ok),
  },
} as const;
export type DesktopApi = typeof desktopApi;

/** Core → renderer pushes. The renderer re-reads what an event names; events carry no records. */
export const CoreEvent = z.discriminatedUnion('type', [
  z.object({ type: z.literal('changed'), areas: z.array(z.enum(['session', 'directory', 'chat', 'outbox', 'presence', 'documents', 'supervision', 'duty'])) }),
  z.object({ type: z.literal('status'), online: z.boolean(), unreadTotal: z.number().int().nonnegative() }),
  z.object({ type: z.literal('notify'), conversationId: Id, title: z.string(), body: z.string() }),
  z.object({ type: z.literal('openConversation'), conversationId: Id }),
]);
export type CoreEvent = z.infer<typeof CoreEvent>;
