import { useQuery } from '@tanstack/react-query';
import { useNavigate, useRouter } from '@tanstack/react-router';
import { errorMessage } from '../../components/ui/error-state';
import { runtimeConfigQuery } from '../../lib/runtime-config';
import type { PaletteAction, PaletteOption } from './palette-types';
import { rememberJump } from './recent-jumps';

/** What the palette says once it has closed ("Copied link to this page"), or nothing. */
export type PaletteOutcome = string | undefined;

/** Runs an option: remembers it when it is a jump, closes the palette, then goes or does. */
export function useRunOption(onDone: (outcome?: PaletteOutcome) => void) {
  const navigate = useNavigate();
  const router = useRouter();
  const environment = useQuery(runtimeConfigQuery()).data?.environmentName;

  const go = (action: Exclude<PaletteAction, { type: 'copy-link' }>) => {
    switch (action.type) {
      case 'workspace':
        return navigate({ to: '/workspaces/$workspaceId', params: { workspaceId: action.workspaceId } });
      case 'entity': {
        const params = { workspaceId: action.workspaceId, entityId: action.entityId };
        if (action.view === 'revisions') {
          return navigate({ to: '/workspaces/$workspaceId/entities/$entityId/revisions', params });
        }
        if (action.view === 'edit')
          return navigate({ to: '/workspaces/$workspaceId/entities/$entityId/edit', params });
        return navigate({ to: '/workspaces/$workspaceId/entities/$entityId', params });
      }
      case 'workspaces':
        return navigate({ to: '/workspaces', search: action.search });
      case 'audit':
        return action.workspaceId === undefined
          ? navigate({ to: '/audit' })
          : navigate({ to: '/audit/$workspaceId', params: { workspaceId: action.workspaceId } });
      case 'compare':
        return navigate({ to: '/compare', search: { a: action.a, b: action.b } });
    }
  };

  return async (option: PaletteOption) => {
    if (option.jump && environment) rememberJump(environment, option.jump);
    const { action } = option;
    if (action.type !== 'copy-link') {
      onDone();
      await go(action);
      return;
    }
    try {
      // The router's location (with the base path): the same as the address bar in a browser.
      const link = new URL(router.history.location.href, window.location.origin).href;
      await navigator.clipboard.writeText(link);
      onDone('Copied link to this page');
    } catch (error) {
      onDone(`Could not copy the link: ${errorMessage(error)}`);
    }
  };
}
