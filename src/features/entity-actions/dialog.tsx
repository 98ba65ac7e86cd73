import { type ReactNode, useEffect, useId, useRef } from 'react';

type Props = { title: string; onClose: () => void; children: ReactNode };

/** A modal dialog: labelled by its title, Escape closes, focus moves in on open. */
export function Dialog({ title, onClose, children }: Props) {
  const id = useId();
  const ref = useRef<HTMLDivElement>(null);
  useEffect(() => {
    ref.current?.querySelector<HTMLElement>('input, select, textarea, button')?.focus();
  }, []);
  return (
    <div className="fixed inset-0 z-20 flex items-center justify-center bg-slate-900/40 p-4">
      <div
        ref={ref}
        role="dialog"
        aria-modal="true"
        aria-labelledby={id}
        onKeyDown={(event) => event.key === 'Escape' && onClose()}
        className="flex w-full max-w-lg flex-col gap-3 rounded-lg bg-white p-4 shadow-xl"
      >
        <h2 id={id} className="text-lg font-semibold">
          {title}
        </h2>
        {children}
      </div>
    </div>
  );
}

export const inputClass = 'rounded-md border border-slate-300 px-2 py-1.5 text-sm';
export const primaryButton =
  'rounded-md bg-blue-700 px-3 py-1.5 text-sm font-medium text-white disabled:opacity-50';
export const dangerButton =
  'rounded-md bg-red-700 px-3 py-1.5 text-sm font-medium text-white disabled:opacity-50';
export const secondaryButton = 'rounded-md border border-slate-300 px-3 py-1.5 text-sm';
