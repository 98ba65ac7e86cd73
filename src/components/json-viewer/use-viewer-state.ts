import { useDeferredValue, useMemo, useState } from 'react';
import { allContainerKeys, initialExpanded } from './expansion';
import { flattenJson, type NodeRow } from './json-rows';

const EMPTY: ReadonlySet<string> = new Set();

function toggled(set: ReadonlySet<string>, key: string): ReadonlySet<string> {
  const next = new Set(set);
  if (!next.delete(key)) next.add(key);
  return next;
}

/**
 * What the reader opened, switched and typed, and the rows that follow from it. Every piece is a set
 * of formatted paths, so it survives a new revision of the same document.
 */
export function useViewerState(value: unknown, initialExpandDepth: number, highlightPaths?: string[]) {
  const [expanded, setExpanded] = useState<ReadonlySet<string>>(() =>
    initialExpanded(value, initialExpandDepth, highlightPaths),
  );
  const [treeViews, setTreeViews] = useState<ReadonlySet<string>>(EMPTY);
  const [openStrings, setOpenStrings] = useState<ReadonlySet<string>>(EMPTY);
  const [filterText, setFilterText] = useState('');
  const [filterCollapsed, setFilterCollapsed] = useState<ReadonlySet<string>>(EMPTY);
  // Typing stays responsive on a large document: the walk runs on the deferred value.
  const filter = useDeferredValue(filterText);
  const { rows, matches } = useMemo(
    () => flattenJson({ value, expanded, treeViews, filter, filterCollapsed }),
    [value, expanded, treeViews, filter, filterCollapsed],
  );

  // State setters are stable, so these are too: memoized rows do not re-render for them.
  const toggles = useMemo(
    () => ({
      toggle: (row: NodeRow) =>
        (row.leadsToMatch ? setFilterCollapsed : setExpanded)((previous) => toggled(previous, row.key)),
      toggleView: (key: string) => setTreeViews((previous) => toggled(previous, key)),
      toggleString: (key: string) => setOpenStrings((previous) => toggled(previous, key)),
    }),
    [],
  );

  return {
    rows,
    matches,
    openStrings,
    filterText,
    toggles,
    changeFilter: (next: string) => {
      setFilterText(next);
      setFilterCollapsed(EMPTY);
    },
    expandAll: () => {
      setExpanded(allContainerKeys(value));
      setFilterCollapsed(EMPTY);
    },
    collapseAll: () => {
      setExpanded(EMPTY);
      if (filter.trim()) setFilterCollapsed(allContainerKeys(value));
    },
  };
}
