import type { ReactNode } from 'react';

/** The id "Skip to content" jumps to: every page renders its main landmark through `Main`. */
export const MAIN_CONTENT_ID = 'main-content';

/**
 * The page's <main>. Focusable by script only (tabIndex -1, not a Tab stop), so the skip link and the
 * focus after a page change can land on it (src/index.css draws no ring around it).
 */
export function Main({ className, children }: { className?: string; children: ReactNode }) {
  return (
    <main id={MAIN_CONTENT_ID} tabIndex={-1} className={className}>
      {children}
    </main>
  );
}
