import { Button } from '../ui/button';

export type CopyKind = 'path' | 'value';

type Props = { path: string; onCopy: (kind: CopyKind) => void };

/** Hidden until the row is hovered or holds focus, so a keyboard user still finds them with Tab. */
export function CopyButtons({ path, onCopy }: Props) {
  const name = path || '(root)';
  return (
    <span className="flex shrink-0 gap-1 whitespace-nowrap opacity-0 group-focus-within/row:opacity-100 group-hover/row:opacity-100 [@media(hover:none)]:opacity-100">
      <Button variant="tool" size="xs" aria-label={`Copy path ${name}`} onClick={() => onCopy('path')}>
        Copy path
      </Button>
      <Button variant="tool" size="xs" aria-label={`Copy value of ${name}`} onClick={() => onCopy('value')}>
        Copy value
      </Button>
    </span>
  );
}
