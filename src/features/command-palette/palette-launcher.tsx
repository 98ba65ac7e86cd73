import { lazy, Suspense, useEffect, useState } from 'react';
import { Button } from '../../components/ui/button';
import { ErrorBoundary } from '../../components/ui/error-boundary';
import { isPaletteShortcut, paletteShortcut } from './palette-shortcut';

// The palette's code loads on first use (or when the pointer or focus reaches the button), so the
// first page carries only this button and the shortcut.
const loadPalette = () => import('./command-palette');
const CommandPalette = lazy(() => loadPalette().then((module) => ({ default: module.CommandPalette })));

/** How long what the palette did ("Copied link to this page") stays beside the button. */
export const OUTCOME_SHOWN_MS = 5000;

/**
 * The header's "Search or jump…" button and the shortcut that opens the palette from anywhere,
 * inputs included. The shortcut is taken before the page sees it (capture) and the browser's own
 * Ctrl-K (its search bar) is prevented.
 */
export function PaletteLauncher() {
  const [open, setOpen] = useState(false);
  const [outcome, setOutcome] = useState<string>();
  const shortcut = paletteShortcut();

  useEffect(() => {
    const onKeyDown = (event: KeyboardEvent) => {
      if (!isPaletteShortcut(event)) return;
      event.preventDefault();
      setOutcome(undefined);
      setOpen(true);
    };
    window.addEventListener('keydown', onKeyDown, { capture: true });
    return () => window.removeEventListener('keydown', onKeyDown, { capture: true });
  }, []);

  // A note, not a state of the page: it goes after a while (at the latest when the palette reopens).
  useEffect(() => {
    if (outcome === undefined) return;
    const timer = setTimeout(() => setOutcome(undefined), OUTCOME_SHOWN_MS);
    return () => clearTimeout(timer);
  }, [outcome]);

  return (
    <>
      <Button
        variant="field"
        size="compact"
        aria-keyshortcuts={shortcut.keyShortcuts}
        onPointerEnter={() => void loadPalette()}
        onFocus={() => void loadPalette()}
        onClick={() => {
          setOutcome(undefined);
          setOpen(true);
        }}
      >
        Search or jump…
        {/* ml-2 on top of the button's own gap: the shortcut stands apart from the words. */}
        <kbd className="ml-2 rounded border border-slate-300 px-1 font-sans text-xs text-slate-600">
          {shortcut.label}
        </kbd>
      </Button>
      <span role="status" className="text-sm text-slate-700">
        {outcome}
      </span>
      {open && (
        <ErrorBoundary
          fallback={() => (
            <span role="alert" className="text-sm text-red-700">
              The search could not be loaded: reload the page.
            </span>
          )}
        >
          <Suspense fallback={null}>
            <CommandPalette
              onClose={(message) => {
                setOpen(false);
                setOutcome(message);
              }}
            />
          </Suspense>
        </ErrorBoundary>
      )}
    </>
  );
}
