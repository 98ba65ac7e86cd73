import { type ReactNode, useLayoutEffect, useRef, useState } from 'react';
import { Main } from './main-landmark';

/**
 * The page's <main>, unless the page around it already has one: the router shows error and not-found
 * pages both at the top (nothing around them) and inside a workspace's <main> (an entity's), and a
 * page has one main landmark. Decided before the first paint, so nothing is seen to change.
 */
export function MainUnlessNested({ className, children }: { className?: string; children: ReactNode }) {
  const ref = useRef<HTMLDivElement>(null);
  const [standalone, setStandalone] = useState(false);
  useLayoutEffect(() => {
    if (!ref.current?.parentElement?.closest('main')) setStandalone(true);
  }, []);
  if (standalone) return <Main className={className}>{children}</Main>;
  return (
    <div ref={ref} className={className}>
      {children}
    </div>
  );
}
