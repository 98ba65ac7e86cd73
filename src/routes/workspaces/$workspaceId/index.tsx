import { createFileRoute } from '@tanstack/react-router';

export const Route = createFileRoute('/workspaces/$workspaceId/')({
  component: () => (
    <p className="p-6 text-slate-500">Select an entity in the tree to see its details and parameters.</p>
  ),
});
