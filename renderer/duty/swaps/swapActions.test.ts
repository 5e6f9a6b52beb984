import { describe, expect, it } from 'vitest';
import { swapDecisions } from './swapActions';

const swap = (status: Parameters<typeof swapDecisions>[0]['status']) => ({ status, requesterId: 'req', counterpartId: 'cp' });

describe('swapDecisions', () => {
  it('asks the counterpart first, then an approver who is neither party', () => {
    expect(swapDecisions(swap('requested'), 'cp', false)).toEqual(['accept', 'decline']);
    expect(swapDecisions(swap('requested'), 'boss', true)).toEqual([]);
    expect(swapDecisions(swap('accepted'), 'boss', true)).toEqual(['approve', 'refuse']);
    expect(swapDecisions(swap('accepted'), 'cp', true)).toEqual([]);
  });

  it('lets the requester withdraw until it is decided, and nobody act on a closed swap', () => {
    expect(swapDecisions(swap('accepted'), 'req', true)).toEqual(['cancel']);
    for (const status of ['approved', 'declined', 'refused', 'cancelled'] as const) expect(swapDecisions(swap(status), 'req', true)).toEqual([]);
  });
});
