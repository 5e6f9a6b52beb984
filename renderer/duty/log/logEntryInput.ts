import type { Dayjs } from 'dayjs';
import dayjs from 'dayjs';
import type { SaveLogEntryInput } from '../../../shared/duty/actions';
import type { DutyLogEntry, DutyLogKind } from '../../../shared/duty/records';
import { callerLabels } from './labels';

/** The quick-entry form as typed. */
export interface LogEntryValues {
  kind: DutyLogKind;
  at: Dayjs;
  callerUnit?: string;
  callerName?: string;
  callerNumber?: string;
  content: string;
  leaderInstruction?: string;
  handling?: string;
  open?: boolean;
}

/** What is saved: caller fields the kind does not have are dropped, so a 来电 turned 其他 keeps no stray caller. */
export function toSaveLogEntryInput(id: string, unitId: string, values: LogEntryValues): SaveLogEntryInput {
  const caller = callerLabels[values.kind];
  return {
    id,
    unitId,
    kind: values.kind,
    at: values.at.valueOf(),
    callerUnit: caller ? (values.callerUnit ?? '') : '',
    callerName: caller?.name ? (values.callerName ?? '') : '',
    callerNumber: caller?.number ? (values.callerNumber ?? '') : '',
    content: values.content,
    leaderInstruction: values.leaderInstruction ?? '',
    handling: values.handling ?? '',
    open: values.open ?? false,
  };
}

export function valuesOfEntry(entry: DutyLogEntry): LogEntryValues {
  return {
    kind: entry.kind,
    at: dayjs(entry.at),
    callerUnit: entry.callerUnit,
    callerName: entry.callerName,
    callerNumber: entry.callerNumber,
    content: entry.content,
    leaderInstruction: entry.leaderInstruction,
    handling: entry.handling,
    open: entry.open,
  };
}

/** 办结: the entry as it stands, no longer open. */
export function closedEntryInput(entry: DutyLogEntry): SaveLogEntryInput {
  return { ...toSaveLogEntryInput(entry.id, entry.unitId, valuesOfEntry(entry)), open: false };
}
