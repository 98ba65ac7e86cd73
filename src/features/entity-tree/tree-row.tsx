import { type MouseEvent, memo } from 'react';
import { errorMessage } from '../../components/ui/error-state';
import { UnreadableText, unreadableTitle } from '../../components/ui/unreadable';
import type { TreeRow } from './tree-model';

export const TREE_ROW_HEIGHT = 28;
const INDENT = 16;

type Props = {
  row: TreeRow;
  /** The address of an entity's page. */
  hrefOf: (entityId: number) => string;
  start: number;
  focused: boolean;
  selected: boolean;
  onToggle: (entityId: number) => void;
  onMore: (parentId: number | null) => Promise<void>;
  onRetry: (parentId: number | null) => void;
  onIntent: (entityId: number) => void;
  /** A pointer rests on the entity's link, then leaves it: its page may be preloaded meanwhile. */
  onPreview: (entityId: number) => void;
  onPreviewEnd: () => void;
  /** A click on the entity's link: opens it in the app unless the browser should (new tab). */
  onOpen: (event: MouseEvent, entityId: number) => void;
  onFocusRow: (key: string) => void;
};

/**
 * Test-only: how many times each row rendered, by row key. A build has `MODE` 'production', so the
 * map is never made and the counting folds away.
 */
export const rowRenderCounts: Map<string, number> | undefined =
  import.meta.env.MODE === 'test' ? new Map() : undefined;

const rowClass = 'absolute inset-x-0 top-0 flex items-center gap-1 pr-2 text-sm';

export const TreeRowView = memo(function TreeRowView(props: Props) {
  const { row, start, focused } = props;
  rowRenderCounts?.set(row.key, (rowRenderCounts.get(row.key) ?? 0) + 1);
  const style = {
    height: TREE_ROW_HEIGHT,
    transform: `translateY(${start}px)`,
    paddingLeft: row.level * INDENT,
  };

  if (row.kind === 'status') {
    return (
      <div role="none" className={`${rowClass} text-slate-500`} style={style}>
        {row.state === 'loading' ? (
          <span role="status">Loading…</span>
        ) : (
          // The message may be long: it is cut, never the Retry button after it.
          <span className="flex min-w-0 items-center gap-1 text-red-700">
            <span className="truncate" title={errorMessage(row.error)}>
              Could not load: {errorMessage(row.error)}
            </span>
            <button
              type="button"
              className="shrink-0 font-medium underline"
              onClick={() => props.onRetry(row.parentId)}
            >
              Retry
            </button>
          </span>
        )}
      </div>
    );
  }

  if (row.kind === 'more') {
    const label = row.error
      ? `Retry loading more (${row.loaded.toLocaleString()} of ${row.total.toLocaleString()})`
      : row.loading
        ? `Loading more… (${row.loaded.toLocaleString()} of ${row.total.toLocaleString()})`
        : `Load more (${row.loaded.toLocaleString()} of ${row.total.toLocaleString()})`;
    return (
      // biome-ignore lint/a11y/useKeyWithClickEvents: the tree handles Enter for its focused row
      <div
        role="treeitem"
        aria-level={row.level}
        aria-label={label}
        tabIndex={focused ? 0 : -1}
        data-row-key={row.key}
        className={`${rowClass} cursor-pointer text-blue-700 hover:bg-slate-100`}
        style={style}
        onClick={() => void props.onMore(row.parentId)}
        onFocus={() => props.onFocusRow(row.key)}
      >
        <span className="pl-4 font-medium">{label}</span>
      </div>
    );
  }

  if (row.kind === 'unreadable') {
    // A leaf with nothing to open: focusable for the keyboard, so the reason can be read out.
    return (
      <div
        role="treeitem"
        aria-level={row.level}
        aria-label={`${unreadableTitle('entity', row.item)}: ${row.item.reason}`}
        aria-posinset={row.position}
        aria-setsize={row.setSize}
        tabIndex={focused ? 0 : -1}
        data-row-key={row.key}
        className={rowClass}
        style={style}
        onFocus={() => props.onFocusRow(row.key)}
      >
        <span aria-hidden="true" className="w-4 shrink-0" />
        <UnreadableText noun="entity" item={row.item} />
      </div>
    );
  }

  const { entity } = row;
  return (
    <div
      role="treeitem"
      aria-level={row.level}
      // Named by its link's text, the entity's name; the type and lock are said after it. An
      // aria-label of the name alone would leave visible words out of it (WCAG 2.5.3).
      aria-description={
        [entity.entity_type_name, entity.locked && 'locked'].filter(Boolean).join(', ') || undefined
      }
      aria-expanded={row.expandable ? row.expanded : undefined}
      aria-selected={props.selected}
      aria-posinset={row.position}
      aria-setsize={row.setSize}
      tabIndex={focused ? 0 : -1}
      data-row-key={row.key}
      className={`${rowClass} ${props.selected ? 'bg-blue-100' : 'hover:bg-slate-100'}`}
      style={style}
      onMouseEnter={() => row.expandable && !row.expanded && props.onIntent(entity.id)}
      onFocus={() => {
        props.onFocusRow(row.key);
        if (row.expandable && !row.expanded) props.onIntent(entity.id);
      }}
    >
      {/* Mouse only: on the keyboard, Left/Right on the focused row expand and collapse. */}
      <span
        aria-hidden="true"
        className={`flex w-4 shrink-0 cursor-pointer justify-center text-xs leading-none text-slate-500 ${row.expandable ? '' : 'invisible'}`}
        onClick={() => props.onToggle(entity.id)}
      >
        {row.expanded ? '▾' : '▸'}
      </span>
      <a
        href={props.hrefOf(entity.id)}
        tabIndex={-1}
        className="min-w-0 truncate text-slate-900"
        onClick={(event) => props.onOpen(event, entity.id)}
        onMouseEnter={() => props.onPreview(entity.id)}
        onMouseLeave={props.onPreviewEnd}
      >
        {entity.name}
      </a>
      {entity.entity_type_name && (
        <span aria-hidden="true" className="ml-1 shrink-0 truncate text-xs text-slate-600">
          {entity.entity_type_name}
        </span>
      )}
      {entity.locked && (
        <span aria-hidden="true" className="shrink-0 text-xs text-amber-800" title="Locked">
          locked
        </span>
      )}
    </div>
  );
});
