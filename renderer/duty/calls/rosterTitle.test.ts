import { describe, expect, it } from 'vitest';
import { rosterTitle } from './rosterTitle';

describe('rosterTitle', () => {
  it('names the holiday roster after the notice it answers', () => {
    expect(rosterTitle('2027年元旦假期值班表报送')).toBe('2027年元旦假期值班表');
    expect(rosterTitle('关于报送2027年元旦假期值班安排的通知')).toBe('2027年元旦假期值班表');
    expect(rosterTitle('2027年春节')).toBe('2027年春节值班表');
  });
});
