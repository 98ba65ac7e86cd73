import { Button } from '../ui/button';
import { useEditor } from './editor-context';

type Props = {
  /** How many entries the row window keeps out of view; 0 hides "Show all". */
  hidden: number;
  total: number;
  /** Plural noun of the entries: "items", "rows". */
  noun: string;
  /** Accessible name of the add button, which says where the entry goes ("Add row to loads"). */
  addLabel: string;
  /** Its visible text ("+ Add row"). */
  addText: string;
  onShowAll: () => void;
  onAdd: () => void;
};

/** Under a list or a table: show every entry the window holds back, and add one. */
export function ListFooter({ hidden, total, noun, addLabel, addText, onShowAll, onAdd }: Props) {
  const { readOnly } = useEditor();
  return (
    <div className="flex gap-2">
      {hidden > 0 && (
        <Button variant="add" size="compact" className="self-start" onClick={onShowAll}>
          Show all {total.toLocaleString()} {noun}
        </Button>
      )}
      {!readOnly && (
        <Button variant="add" size="compact" className="self-start" aria-label={addLabel} onClick={onAdd}>
          {addText}
        </Button>
      )}
    </div>
  );
}
