import { render, screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { ColorChip, normalizeHex, readableTextColor } from './color-chip';

describe('ColorChip', () => {
  it('picks a readable text colour for the background', () => {
    expect(readableTextColor('#1d4ed8')).toBe('#ffffff');
    expect(readableTextColor('#fde047')).toBe('#000000');
  });

  it('accepts only hex colours', () => {
    expect(normalizeHex('#ABC')).toBe('#aabbcc');
    expect(normalizeHex('red; background: url(x)')).toBeNull();
  });

  it('falls back to grey for a colour it cannot trust', () => {
    render(<ColorChip color="url(javascript:x)">Label</ColorChip>);
    expect(screen.getByText('Label')).toHaveStyle({ backgroundColor: '#e2e8f0' });
  });
});
