import { Button } from '../../components/ui/button';

/** The part of the router's blocker resolver this needs. */
type Blocker = { status: string; proceed?: () => void; reset?: () => void };

/** In-app navigation away from unsaved edits asks first (closing the tab: the browser's own prompt). */
export function LeaveGuard({ blocker }: { blocker: Blocker }) {
  if (blocker.status !== 'blocked') return null;
  return (
    <div
      role="alertdialog"
      aria-labelledby="leave-title"
      className="rounded-lg border border-amber-300 bg-amber-50 p-3 text-sm"
    >
      <p id="leave-title" className="font-medium">
        Leave without saving? Your changes stay as a draft in this tab and are offered back when you return.
      </p>
      <div className="mt-2 flex gap-2">
        <Button onClick={blocker.reset}>Stay</Button>
        <Button variant="warning" onClick={blocker.proceed}>
          Leave
        </Button>
      </div>
    </div>
  );
}
