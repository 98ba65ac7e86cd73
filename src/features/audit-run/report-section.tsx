import { Link } from '@tanstack/react-router';
import { type ReactNode, useId } from 'react';

/** One part of the report: a region named by its heading. */
export function ReportSection({ title, children }: { title: string; children: ReactNode }) {
  const id = useId();
  return (
    <section
      aria-labelledby={id}
      className="flex min-w-0 flex-col gap-2 rounded-lg border border-slate-200 bg-white p-4"
    >
      <h2 id={id} className="text-base font-semibold text-slate-900">
        {title}
      </h2>
      {children}
    </section>
  );
}

type Column = { label: string; numeric?: boolean };

/** The report's tables: a header row, then the rows the caller gives (`Cell`, `NumberCell`). */
export function ReportTable({
  caption,
  columns,
  children,
}: {
  caption?: string;
  columns: Column[];
  children: ReactNode;
}) {
  return (
    <table className="w-full text-left text-sm">
      {caption && <caption className="sr-only">{caption}</caption>}
      <thead>
        <tr className="border-b border-slate-200 text-xs font-medium text-slate-500">
          {columns.map((column) => (
            <th key={column.label} scope="col" className={`py-1 pr-4 ${column.numeric ? 'text-right' : ''}`}>
              {column.label}
            </th>
          ))}
        </tr>
      </thead>
      <tbody className="divide-y divide-slate-100">{children}</tbody>
    </table>
  );
}

export function Cell({ children }: { children: ReactNode }) {
  return <td className="py-1 pr-4 align-top">{children}</td>;
}

export function NumberCell({ value }: { value: number }) {
  return <td className="py-1 pr-4 text-right align-top tabular-nums">{value.toLocaleString()}</td>;
}

/** An entity the report names, as a link to it (its path as the server's names make it). */
export function EntityLink({ workspaceId, id, path }: { workspaceId: number; id: number; path: string }) {
  return (
    <Link
      to="/workspaces/$workspaceId/entities/$entityId"
      params={{ workspaceId, entityId: id }}
      className="break-words font-medium text-blue-700 hover:underline"
    >
      {path}
    </Link>
  );
}
