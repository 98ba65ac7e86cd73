import type { JsonPath } from '../../lib/format-path';
import { Button } from '../ui/button';
import { useEditor } from './editor-context';

export type ItemPosition = { index: number; last: boolean };

/** Move up / move down / remove for one item of a list or one row of a table. */
export function ItemControls({ path, name, item }: { path: JsonPath; name: string; item: ItemPosition }) {
  const { move, remove, readOnly } = useEditor();
  if (readOnly) return null;
  const arrayPath = path.slice(0, -1);
  const { index } = item;
  return (
    <span className="inline-flex shrink-0 gap-1">
      <Button
        variant="tool"
        size="xs"
        aria-label={`Move ${name} up`}
        title="Move up"
        disabled={index === 0}
        onClick={() => move(arrayPath, index, index - 1)}
      >
        ↑
      </Button>
      <Button
        variant="tool"
        size="xs"
        aria-label={`Move ${name} down`}
        title="Move down"
        disabled={item.last}
        onClick={() => move(arrayPath, index, index + 1)}
      >
        ↓
      </Button>
      <Button
        variant="tool-danger"
        size="xs"
        aria-label={`Remove ${name}`}
        title="Remove"
        onClick={() => remove(path)}
      >
        ✕
      </Button>
    </span>
  );
}
