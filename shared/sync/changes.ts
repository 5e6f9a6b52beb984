import { z } from 'zod';
import { Org, Person } from '../directory/schemas';
import { Conversation, Message, ReadState } from '../messages/schemas';
import { DocumentTemplate, IncomingDocument, OutgoingDocument, Seal } from '../documents/records';
import { SupervisionItem } from '../supervision/records';
import { DailyReport, DutyHandover, DutyLogEntry, DutyRoster, DutySetup, DutySwap, Incident, RosterCall } from '../duty/records';

/**
 * The kinds of record the change log carries, each with its schema. Modules add theirs here
 * (documents, supervision items, rosters) and the sync engine carries them unchanged.
 */
export const entities = {
  org: Org,
  person: Person,
  conversation: Conversation,
  message: Message,
  readState: ReadState,
  document: OutgoingDocument,
  incoming: IncomingDocument,
  documentTemplate: DocumentTemplate,
  seal: Seal,
  supervisionItem: SupervisionItem,
  dutySetup: DutySetup,
  dutyRoster: DutyRoster,
  rosterCall: RosterCall,
  dutySwap: DutySwap,
  dutyLogEntry: DutyLogEntry,
  dutyHandover: DutyHandover,
  dailyReport: DailyReport,
  incident: Incident,
} as const;
export type EntityName = keyof typeof entities;
export type EntityData<E extends EntityName> = z.infer<(typeof entities)[E]>;

const putChange = <E extends EntityName>(entity: E) =>
  z.object({ seq: z.number().int().positive(), entity: z.literal(entity), op: z.literal('put'), data: entities[entity] });

const delChange = z.object({
  seq: z.number().int().positive(),
  entity: z.enum(Object.keys(entities) as [EntityName, ...EntityName[]]),
  op: z.literal('del'),
  id: z.string(),
});

export const Change = z.union([
  putChange('org'),
  putChange('person'),
  putChange('conversation'),
  putChange('message'),
  putChange('readState'),
  putChange('document'),
  putChange('incoming'),
  putChange('documentTemplate'),
  putChange('seal'),
  putChange('supervisionItem'),
  putChange('dutySetup'),
  putChange('dutyRoster'),
  putChange('rosterCall'),
  putChange('dutySwap'),
  putChange('dutyLogEntry'),
  putChange('dutyHandover'),
  putChange('dailyReport'),
  putChange('incident'),
  delChange,
]);
export type Change = z.infer<typeof Change>;

export const ChangesQuery = z.strictObject({
  after: z.coerce.number().int().nonnegative().default(0),
  limit: z.coerce.number().int().min(1).max(1000).default(500),
});

export const ChangesPage = z.object({
  changes: z.array(Change),
  /** Pass back as `after` for the next page; equal to the last change's seq, or the request's. */
  cursor: z.number().int().nonnegative(),
  hasMore: z.boolean(),
});
export type ChangesPage = z.infer<typeof ChangesPage>;
