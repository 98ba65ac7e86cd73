import type { MouseEvent } from 'react';
import { MAIN_CONTENT_ID } from './main-landmark';

/**
 * The first Tab stop of every page: past the header straight to the page's main landmark. Hidden
 * until focused. Focus is moved by script rather than by following `#main-content`, which would put
 * a hash in the router's URL and a history entry per use; the href stays for what it says.
 */
export function SkipToContent() {
  const skip = (event: MouseEvent) => {
    const main = document.getElementById(MAIN_CONTENT_ID);
    if (!main) return;
    event.preventDefault();
    main.focus();
  };
  return (
    <a
      href={`#${MAIN_CONTENT_ID}`}
      onClick={skip}
      className="sr-only rounded bg-white px-3 py-2 text-sm font-medium text-blue-800 shadow focus:not-sr-only focus:absolute focus:top-2 focus:left-2 focus:z-50"
    >
      Skip to content
    </a>
  );
}
