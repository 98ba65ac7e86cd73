import { describe, expect, it } from 'vitest';
import { nextPollDelay } from './next-poll-delay';

describe('nextPollDelay', () => {
  it('starts at 0.8 s and grows by half each time', () => {
    expect([0, 1, 2, 3, 4].map(nextPollDelay)).toEqual([800, 1200, 1800, 2700, 4050]);
  });

  it('is capped at 5 s however long the job runs', () => {
    expect(nextPollDelay(5)).toBe(5000);
    expect(nextPollDelay(50)).toBe(5000);
  });
});
