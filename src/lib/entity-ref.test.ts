import { describe, expect, it } from 'vitest';
import { formatEntityRef, parseEntityRef } from './entity-ref';

describe('entity refs', () => {
  it('read back what they write', () => {
    expect(parseEntityRef(formatEntityRef({ workspaceId: 3, entityId: 41 }))).toEqual({
      workspaceId: 3,
      entityId: 41,
    });
  });

  it.each(['', '3', '3:', ':4', '0:4', '3:0', '-3:4', '3:4:5', '3.5:4', 'a:b', '99999999999999999:1', 7])(
    'refuse %j',
    (text) => {
      expect(parseEntityRef(text)).toBeUndefined();
    },
  );
});
