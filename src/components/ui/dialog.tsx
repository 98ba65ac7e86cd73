import { type KeyboardEvent, type ReactNode, useEffect, useId, useRef } from 'react';

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

const FOCUSABLE =
  'a[href], button:not(:disabled), input:not(:disabled), select:not(:disabled), textarea:not(:disabled), [tabindex]:not([tabindex="-1"])';
const FIRST_FOCUS = '[autofocus], input, select, textarea, button:not([data-dialog-close])';

/** The elements under `root` matching `selector`, in document order (jsdom's selector lists are not). */
function inOrder(root: HTMLElement, selector: string) {
  return [...root.querySelectorAll<HTMLElement>('*')].filter((element) => element.matches(selector));
}

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
  const mounted = useRef(false);

  useEffect(() => {
    const dialog = ref.current;
    if (!dialog) return;
    mounted.current = true;
    const opener = document.activeElement instanceof HTMLElement ? document.activeElement : null;
    if (!dialog.open) dialog.showModal();
    const target = initialFocusRef.current?.() ?? inOrder(dialog, FIRST_FOCUS)[0];
    target?.focus();
    return () => {
      mounted.current = false;
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

  // Inert keeps focus off the page, but Tab past the last control would leave for the browser's own
  // UI: wrap it to the first (and Shift+Tab before the first to the last), as the APG dialog does.
  const wrapTab = (event: KeyboardEvent<HTMLDialogElement>) => {
    if (event.key !== 'Tab' || !ref.current) return;
    const focusable = inOrder(ref.current, FOCUSABLE).filter(
      (element) => !element.closest('[hidden], [inert]'),
    );
    const first = focusable[0];
    const last = focusable.at(-1);
    if (!first || !last) return;
    if (event.shiftKey && (document.activeElement === first || document.activeElement === ref.current)) {
      event.preventDefault();
      last.focus();
    } else if (!event.shiftKey && document.activeElement === last) {
      event.preventDefault();
      first.focus();
    }
  };

  // The backdrop is black in both themes: slate-900 turns light in dark mode (src/index.css).
  return (
    <dialog
      ref={ref}
      aria-labelledby={titleId}
      aria-describedby={describedBy}
      onKeyDown={wrapTab}
      onCancel={(event) => {
        // Escape: the owner decides (it unmounts us), so the browser must not close on its own.
        event.preventDefault();
        onCloseRef.current();
      }}
      onClose={() => {
        // The browser may close without a cancelable cancel (Escape twice without a click in
        // between): tell the owner, so a closed dialog is never left mounted and invisible. Our own
        // close() on unmount, or StrictMode's close-and-reopen (the event comes a task later, when
        // the dialog is open again), are not the user's.
        if (mounted.current && !ref.current?.open) onCloseRef.current();
      }}
      className={`m-auto max-h-[90vh] w-full ${width} rounded-lg bg-white p-0 text-slate-900 shadow-xl backdrop:bg-black/50`}
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
