const HEX = /^#?([0-9a-f]{3}|[0-9a-f]{6})$/i;

/** `#abc` or `#aabbcc` → `#aabbcc`; anything else (a colour name, CSS, garbage) → null. */
export function normalizeHex(color: string | null | undefined): string | null {
  const match = color ? HEX.exec(color.trim()) : null;
  if (!match?.[1]) return null;
  const digits = match[1].length === 3 ? [...match[1]].map((d) => d + d).join('') : match[1];
  return `#${digits.toLowerCase()}`;
}

function relativeLuminance(hex: string): number {
  const channels = [1, 3, 5].map((i) => Number.parseInt(hex.slice(i, i + 2), 16) / 255);
  const [r = 0, g = 0, b = 0] = channels.map((c) =>
    c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4,
  );
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
}

/** Black or white, whichever has the higher WCAG contrast on this background. */
export function readableTextColor(hex: string): '#000000' | '#ffffff' {
  const l = relativeLuminance(hex);
  return (l + 0.05) / 0.05 >= 1.05 / (l + 0.05) ? '#000000' : '#ffffff';
}

/**
 * A coloured chip for an API-provided colour. Only a validated hex value reaches `style`; anything
 * else falls back to grey, so a label colour can never inject CSS.
 */
export function ColorChip({
  color,
  title,
  children,
}: {
  color?: string | null;
  title?: string;
  children: string;
}) {
  const background = normalizeHex(color) ?? '#e2e8f0';
  return (
    <span
      title={title}
      className="inline-flex max-w-40 items-center truncate rounded-full px-2 py-0.5 text-xs font-medium"
      style={{ backgroundColor: background, color: readableTextColor(background) }}
    >
      {children}
    </span>
  );
}
