import { createFileRoute } from '@tanstack/react-router';

// The archived-workspaces list lands in src/features/audit-list.
export const Route = createFileRoute('/audit/')({
  component: () => <h1 className="p-4 text-xl font-semibold">Archived workspaces</h1>,
});
