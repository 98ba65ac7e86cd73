import { Link } from '@tanstack/react-router';
import { MainUnlessNested } from './main-unless-nested';

export function NotFound({ what = 'page' }: { what?: string }) {
  return (
    <MainUnlessNested className="mx-auto max-w-lg p-8 text-center">
      <h1 className="text-lg font-semibold">This {what} does not exist</h1>
      <p className="mt-2 text-slate-600">It may have been deleted, or the link is wrong.</p>
      <Link to="/workspaces" className="mt-4 inline-block font-medium text-blue-700 hover:underline">
        Back to all workspaces
      </Link>
    </MainUnlessNested>
  );
}
