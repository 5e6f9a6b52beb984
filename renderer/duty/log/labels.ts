import type { DutyLogKind } from '../../../shared/duty/records';

export const logKindLabels: Record<DutyLogKind, string> = { call: '来电', document: '文电', visit: '来访', instruction: '领导批示', other: '其他' };
export const logKindColors: Record<DutyLogKind, string> = { call: 'blue', document: 'geekblue', visit: 'cyan', instruction: 'volcano', other: 'default' };

/** The 来电 five elements' "who" part, as each kind of entry names it; a kind without one has none. */
export const callerLabels: Record<DutyLogKind, { unit: string; name: string | null; number: string | null } | null> = {
  call: { unit: '来电单位', name: '来电人', number: '来电号码' },
  visit: { unit: '来访单位', name: '来访人', number: '联系电话' },
  document: { unit: '来文单位', name: null, number: null },
  instruction: null,
  other: null,
};
