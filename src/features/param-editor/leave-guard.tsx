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
        <button
          type="button"
          className="rounded-md border border-slate-300 bg-white px-3 py-1.5"
          onClick={blocker.reset}
        >
          Stay
        </button>
        <button
          type="button"
          className="rounded-md bg-amber-700 px-3 py-1.5 font-medium text-white"
          onClick={blocker.proceed}
        >
          Leave
        </button>
      </div>
    </div>
  );
}
