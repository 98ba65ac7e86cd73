import { useEffect, useRef } from 'react';
import { isCommandShortcut } from '../../lib/platform-shortcut';

/**
 * Ctrl-S / Cmd-S while the Edit tab is mounted: `onSave` runs (it decides whether there is anything
 * to save), and the browser's "Save page" never opens, even when there is not. A modal dialog over
 * the page (the command palette, a rename) keeps the key to itself: saving behind it would surprise.
 * A held key saves once.
 */
export function useSaveShortcut(onSave: () => void) {
  // The latest callback (it closes over the edit) without re-adding the listener on every render.
  const onSaveRef = useRef(onSave);
  onSaveRef.current = onSave;

  useEffect(() => {
    const onKeyDown = (event: KeyboardEvent) => {
      if (!isCommandShortcut(event, 's')) return;
      event.preventDefault();
      if (event.repeat || event.isComposing) return;
      if (event.target instanceof Element && event.target.closest('dialog[open]')) return;
      onSaveRef.current();
    };
    window.addEventListener('keydown', onKeyDown);
    return () => window.removeEventListener('keydown', onKeyDown);
  }, []);
}
