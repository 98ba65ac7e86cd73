import { Button } from '../ui/button';

type Props = {
  filter: string;
  onFilterChange: (filter: string) => void;
  onExpandAll: () => void;
  onCollapseAll: () => void;
  /** Keys matching the filter; null when not filtering. */
  matches: number | null;
  copyMessage: string;
};

export function JsonViewerToolbar({
  filter,
  onFilterChange,
  onExpandAll,
  onCollapseAll,
  matches,
  copyMessage,
}: Props) {
  return (
    <div className="flex flex-wrap items-center gap-2 border-b border-slate-200 p-2">
      <input
        type="text"
        value={filter}
        onChange={(event) => onFilterChange(event.target.value)}
        aria-label="Filter by key"
        placeholder="Filter by key"
        spellCheck={false}
        className="w-56 rounded-md px-2 py-1 text-sm ring-1 ring-slate-300 focus:ring-blue-600"
      />
      <Button onClick={onExpandAll}>Expand all</Button>
      <Button onClick={onCollapseAll}>Collapse all</Button>
      <span aria-live="polite" className="text-sm text-slate-600">
        {matchText(matches)}
      </span>
      <span role="status" className="ml-auto text-sm font-medium text-slate-700">
        {copyMessage}
      </span>
    </div>
  );
}

function matchText(matches: number | null): string {
  if (matches === null) return '';
  if (matches === 0) return 'No keys match';
  return matches === 1 ? '1 matching key' : `${matches.toLocaleString()} matching keys`;
}
