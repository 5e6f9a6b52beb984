import { formatChineseDate, isoDateInChina } from '../../shared/documents/dates';
import type { DutySetup, SlotRef } from '../../shared/duty/records';
import { shiftLabels } from '../../shared/duty/roster-frame';

/** 2026年11月23日 09:05, China time: how messages name an instant. */
export function chinaDateTime(at: number): string {
  const clock = new Date(at + 8 * 3_600_000).toISOString().slice(11, 16);
  return `${formatChineseDate(isoDateInChina(at))} ${clock}`;
}

export function postName(setup: DutySetup | null, postId: string): string {
  return setup?.posts.find((post) => post.id === postId)?.name ?? '已删除的岗位';
}

/** 2026年12月3日 全天 带班领导. */
export function slotText(setup: DutySetup | null, slot: SlotRef): string {
  return `${formatChineseDate(slot.date)} ${shiftLabels[slot.shift]} ${postName(setup, slot.postId)}`;
}
