import { createFileRoute } from '@tanstack/react-router';

// The audit run and its report land in src/features/audit-run.
export const Route = createFileRoute('/audit/$workspaceId')({
  params: {
    parse: ({ workspaceId }) => ({ workspaceId: Number(workspaceId) }),
    stringify: ({ workspaceId }) => ({ workspaceId: String(workspaceId) }),
  },
  component: () => <h1 className="p-4 text-xl font-semibold">Audit</h1>,
});
