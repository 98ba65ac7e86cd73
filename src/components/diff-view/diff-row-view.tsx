import { memo } from 'react';
import type { TextPart } from '../../lib/json-diff/diff-client';
import type { DiffRow } from '../../lib/json-diff/row-parts';
import { Button } from '../ui/button';
import { useInlineParts } from './use-inline-parts';

export const DIFF_ROW_HEIGHT = 28;
export const TEXT_ROW_HEIGHT = 84;

const KIND_STYLE: Record<DiffRow['kind'], string> = {
  added: 'bg-green-50',
  removed: 'bg-red-50',
  changed: 'bg-amber-50',
  'type-changed': 'bg-purple-50',
  same: '',
  collapsed: 'text-slate-600 italic',
};

const KIND_LABEL: Partial<Record<DiffRow['kind'], string>> = {
  added: 'added',
  removed: 'removed',
  changed: 'changed',
  'type-changed': 'type changed',
};

const number = new Intl.NumberFormat(undefined, { maximumSignificantDigits: 6, signDisplay: 'always' });
const percentFormat = new Intl.NumberFormat(undefined, { maximumFractionDigits: 2, signDisplay: 'always' });

function NumericDelta({ row }: { row: DiffRow }) {
  if (!row.numeric) return null;
  const { delta, percent } = row.numeric;
  return (
    <span className="ml-2 whitespace-nowrap text-xs text-slate-600">
      Δ {number.format(delta)}
      {percent !== null && ` (${percentFormat.format(percent)} %)`}
    </span>
  );
}

// Insertions and deletions are what assistive technology announces, not just colours.
const PART_TAG = { added: 'ins', removed: 'del', same: 'span' } as const;
const PART_STYLE: Record<TextPart['kind'], string> = {
  added: 'bg-green-200 text-green-950 no-underline',
  removed: 'bg-red-200 text-red-950 line-through',
  same: '',
};

function TextDiff({ parts }: { parts: TextPart[] }) {
  return (
    // A long text scrolls inside its row: the keyboard must be able to reach it to scroll it (WCAG 2.1.1).
    // biome-ignore lint/a11y/noNoninteractiveTabindex: a scrollable region must be focusable to scroll by keyboard
    <p tabIndex={0} className="max-h-16 overflow-auto whitespace-pre-wrap break-words text-xs">
      {parts.map((part, index) => {
        const Tag = PART_TAG[part.kind];
        return (
          // biome-ignore lint/suspicious/noArrayIndexKey: parts of one immutable diff, never reordered
          <Tag key={index} className={PART_STYLE[part.kind]}>
            {part.text}
          </Tag>
        );
      })}
    </p>
  );
}

type Props = {
  row: DiffRow;
  view: 'split' | 'unified';
  start: number;
  height: number;
  current: boolean;
  pathText: string;
  onCopyPath: (path: string) => void;
  aside?: React.ReactNode;
};

export const DiffRowView = memo(function DiffRowView({
  row,
  view,
  start,
  height,
  current,
  pathText,
  onCopyPath,
  aside,
}: Props) {
  const isChange = row.kind in KIND_LABEL;
  // Until the worker's word diff arrives, a long text change shows old and new whole, like any value.
  const parts = useInlineParts(row.text);
  const wordDiff = parts && <TextDiff parts={parts} />;
  const label = (
    <span
      className="truncate font-mono text-slate-800"
      style={{ paddingLeft: row.depth * 14 }}
      title={pathText}
    >
      {row.kind === 'collapsed' ? `… ${row.hiddenCount ?? 0} unchanged` : row.label}
    </span>
  );
  const left = row.left !== undefined && <span className="truncate font-mono text-red-800">{row.left}</span>;
  const right = row.right !== undefined && (
    <span className="truncate font-mono text-green-800">{row.right}</span>
  );
  return (
    <li
      aria-label={isChange ? `${pathText} ${KIND_LABEL[row.kind]}` : undefined}
      aria-current={current || undefined}
      data-diff-row={row.id}
      className={`absolute inset-x-0 top-0 grid items-start gap-2 border-b border-slate-100 px-2 py-1 text-sm ${
        view === 'split'
          ? 'grid-cols-[minmax(8rem,2fr)_minmax(0,3fr)_minmax(0,3fr)_auto_auto]'
          : 'grid-cols-[minmax(8rem,2fr)_minmax(0,6fr)_auto_auto]'
      } ${KIND_STYLE[row.kind]} ${current ? 'ring-2 ring-inset ring-blue-500' : ''}`}
      style={{ height, transform: `translateY(${start}px)` }}
    >
      <span className="flex min-w-0 items-center gap-1">
        {label}
        {isChange && <span className="sr-only">{KIND_LABEL[row.kind]}</span>}
      </span>
      {view === 'split' ? (
        <>
          <span className="flex min-w-0">{wordDiff ? null : left}</span>
          <span className="flex min-w-0 items-baseline">
            {wordDiff ?? right}
            {!wordDiff && <NumericDelta row={row} />}
          </span>
        </>
      ) : (
        <span className="flex min-w-0 flex-wrap items-center gap-x-2">
          {wordDiff ?? (
            <>
              {left && <span className="line-through decoration-red-400">{left}</span>}
              {left && right && <span aria-hidden="true">→</span>}
              {right}
              <NumericDelta row={row} />
            </>
          )}
        </span>
      )}
      <span>{aside}</span>
      <span>
        {isChange && (
          <Button
            variant="link"
            size="sm"
            aria-label={`Copy path ${pathText}`}
            onClick={() => onCopyPath(pathText)}
          >
            Copy path
          </Button>
        )}
      </span>
    </li>
  );
});
