import { type ReactNode, useEffect, useId, useRef } from 'react';

type Props = {
  title: ReactNode;
  onClose: () => void;
  children: ReactNode;
  /** Tailwind max-width class of the panel; dialogs with a diff or a list need more room. */
  width?: string;
  /** The element that receives focus on open; by default the first field or button in the body. */
  initialFocus?: () => HTMLElement | null | undefined;
  /** The id of the element that describes the dialog (aria-describedby). */
  describedBy?: string;
};

/**
 * The one modal dialog, on the native `<dialog>` element opened with `showModal()`: the browser makes
 * the rest of the page inert (focus cannot leave, screen readers see only the dialog) and turns
 * Escape into a `cancel` event. Focus moves in on open and goes back to whatever had it before,
 * including when the dialog unmounts because its owner navigated away.
 *
 * It is open while mounted: owners render it conditionally, as they would any element.
 */
export function Dialog({ title, onClose, children, width = 'max-w-lg', initialFocus, describedBy }: Props) {
  const titleId = useId();
  const ref = useRef<HTMLDialogElement>(null);
  // The latest props without re-running the open effect.
  const onCloseRef = useRef(onClose);
  onCloseRef.current = onClose;
  const initialFocusRef = useRef(initialFocus);
  initialFocusRef.current = initialFocus;

  useEffect(() => {
    const dialog = ref.current;
    if (!dialog) return;
    const opener = document.activeElement instanceof HTMLElement ? document.activeElement : null;
    if (!dialog.open) dialog.showModal();
    const target =
      initialFocusRef.current?.() ??
      dialog.querySelector<HTMLElement>(
        '[autofocus], input, select, textarea, button:not([data-dialog-close])',
      );
    target?.focus();
    return () => {
      if (dialog.open) dialog.close();
      // Only give focus back if it is still ours to give: not when the user has moved on.
      if (
        opener?.isConnected &&
        (document.activeElement === document.body || dialog.contains(document.activeElement))
      ) {
        opener.focus();
      }
    };
  }, []);

  return (
    <dialog
      ref={ref}
      aria-labelledby={titleId}
      aria-describedby={describedBy}
      onCancel={(event) => {
        // Escape: the owner decides (it unmounts us), so the browser must not close on its own.
        event.preventDefault();
        onCloseRef.current();
      }}
      className={`m-auto max-h-[90vh] w-full ${width} rounded-lg bg-white p-0 text-slate-900 shadow-xl backdrop:bg-slate-900/40`}
    >
      <div className="flex max-h-[90vh] flex-col gap-3 p-4">
        <h2 id={titleId} className="text-lg font-semibold">
          {title}
        </h2>
        {children}
      </div>
    </dialog>
  );
}
