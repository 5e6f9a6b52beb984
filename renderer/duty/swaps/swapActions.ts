import type { DutySwap } from '../../../shared/duty/records';
import type { SwapDecision } from '../../../shared/duty/actions';

/** What I may decide on a swap, by its status and my part in it; the server checks again. */
export function swapDecisions(swap: Pick<DutySwap, 'status' | 'requesterId' | 'counterpartId'>, meId: string, canApprove: boolean): SwapDecision[] {
  const decisions: SwapDecision[] = [];
  if (swap.status === 'requested' && swap.counterpartId === meId) decisions.push('accept', 'decline');
  if (swap.status === 'accepted' && canApprove && swap.requesterId !== meId && swap.counterpartId !== meId) decisions.push('approve', 'refuse');
  if ((swap.status === 'requested' || swap.status === 'accepted') && swap.requesterId === meId) decisions.push('cancel');
  return decisions;
}
