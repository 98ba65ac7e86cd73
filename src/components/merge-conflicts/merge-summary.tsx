import { useId, useState } from 'react';

export const plural = (count: number, one: string, many: string) => `${count} ${count === 1 ? one : many}`;

type Props = { theirsApplied: string[]; mineKept: string[]; conflicts: number };

/** What the merge did on its own, so nothing about it is a surprise later; the path lists fold away. */
export function MergeSummary({ theirsApplied, mineKept, conflicts }: Props) {
  return (
    <ul className="flex flex-col gap-1 text-sm">
      <PathList
        paths={theirsApplied}
        title={
          theirsApplied.length === 1
            ? '1 change of theirs was merged automatically'
            : `${theirsApplied.length} changes of theirs were merged automatically`
        }
      />
      <PathList
        paths={mineKept}
        title={
          mineKept.length === 1
            ? '1 change of yours was kept'
            : `${mineKept.length} changes of yours were kept`
        }
      />
      <li className={conflicts > 0 ? 'font-semibold text-amber-900' : undefined}>
        {conflicts === 0
          ? 'No conflicts: you did not change the same values.'
          : `${plural(conflicts, 'conflict needs', 'conflicts need')} your choice`}
      </li>
    </ul>
  );
}

function PathList({ title, paths }: { title: string; paths: string[] }) {
  const id = useId();
  const [open, setOpen] = useState(false);
  if (paths.length === 0) return <li>{title}</li>;
  return (
    <li>
      <button
        type="button"
        aria-expanded={open}
        aria-controls={id}
        onClick={() => setOpen(!open)}
        className="inline-flex items-center gap-1 text-left hover:underline"
      >
        <span aria-hidden="true">{open ? '▾' : '▸'}</span>
        {title}
      </button>
      {open && (
        <ul id={id} aria-label={title} className="mt-1 ml-5 list-disc font-mono text-xs">
          {paths.map((path) => (
            <li key={path}>{path || '(the whole document)'}</li>
          ))}
        </ul>
      )}
    </li>
  );
}
