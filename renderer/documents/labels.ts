import { incomingActionLabels, incomingStepLabels } from '../../shared/documents/incoming';
import { outgoingActionLabels, outgoingStepLabels } from '../../shared/documents/workflow';

export type DocKind = 'outgoing' | 'incoming';

/**
 * Labels for 处理单 rows, whose step and action are plain keys. The two machines share some keys
 * with different meanings (归档 vs 待归档), so the document's kind picks the table.
 */
export function stepLabel(kind: DocKind, step: string): string {
  const labels: Record<string, string> = kind === 'outgoing' ? outgoingStepLabels : incomingStepLabels;
  return labels[step] ?? step;
}

/** Rows the server writes outside the workflow actions: the draft being started, a version restored. */
const recordLabels: Record<string, string> = { create: '起草', restore: '恢复版本' };

export function actionLabel(kind: DocKind, action: string): string {
  const labels: Record<string, string> = kind === 'outgoing' ? outgoingActionLabels : incomingActionLabels;
  return labels[action] ?? recordLabels[action] ?? action;
}

/** What to say once an action is handed over: done, or (offline) waiting in the outbox. */
export function actionDoneText(label: string, online: boolean): string {
  return online ? `已${label}` : `${label}已加入待发送，联网后提交`;
}
