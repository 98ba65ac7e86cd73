import { describe, expect, it } from 'vitest';
import { toRelativeApiPath } from './api-client';

describe('toRelativeApiPath', () => {
  it('keeps relative API paths', () => {
    expect(toRelativeApiPath('workspaces/1/')).toBe('workspaces/1/');
  });

  it('routes an absolute URL handed out by the API through our own /api proxy', () => {
    expect(toRelativeApiPath('https://cloud.us1.viktor.ai/api/jobs/42/?x=1')).toBe('jobs/42/?x=1');
    expect(toRelativeApiPath('/api/jobs/42/')).toBe('jobs/42/');
  });

  it('refuses an address outside the API', () => {
    expect(() => toRelativeApiPath('https://evil.example/steal')).toThrow('Not a VIKTOR API address');
  });
});
