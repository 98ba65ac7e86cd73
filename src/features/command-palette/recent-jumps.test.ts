import { afterEach, describe, expect, it, vi } from 'vitest';
import { loadRecentJumps, MAX_RECENT_JUMPS, recentJumpsKey, rememberJump } from './recent-jumps';

afterEach(() => localStorage.clear());

const jump = (id: number) => ({ kind: 'workspace' as const, id, label: `Workspace ${id}`, workspaceId: id });

describe('recent jumps', () => {
  it('keeps the newest eight, newest first, each once', () => {
    for (let id = 1; id <= 10; id += 1) rememberJump('Demo', jump(id));
    rememberJump('Demo', jump(7));
    const ids = loadRecentJumps('Demo').map((recent) => recent.id);
    expect(ids).toEqual([7, 10, 9, 8, 6, 5, 4, 3]);
    expect(ids).toHaveLength(MAX_RECENT_JUMPS);
  });

  it('keeps each environment apart', () => {
    rememberJump('Production', jump(1));
    expect(loadRecentJumps('Demo')).toEqual([]);
    expect(loadRecentJumps('Production')).toEqual([jump(1)]);
  });

  it('ignores what it cannot read, and a browser that refuses to store', () => {
    localStorage.setItem(recentJumpsKey('Demo'), '{not json');
    expect(loadRecentJumps('Demo')).toEqual([]);
    localStorage.setItem(
      recentJumpsKey('Demo'),
      JSON.stringify([jump(2), { kind: 'secret', id: 'x' }, { ...jump(3), token: 'vktrpat_x' }]),
    );
    // The unknown item is dropped; an extra field is not kept.
    expect(loadRecentJumps('Demo')).toEqual([jump(2), jump(3)]);

    vi.spyOn(Storage.prototype, 'setItem').mockImplementation(() => {
      throw new DOMException('full', 'QuotaExceededError');
    });
    expect(() => rememberJump('Demo', jump(4))).not.toThrow();
  });
});
