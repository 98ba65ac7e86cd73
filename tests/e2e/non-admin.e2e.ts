import { describe, inject, it } from 'vitest';
import { setUpBrowser } from './browser';
import { currentUserName, listWorkspaces } from './demo-api';
import { workspaceListPage } from './workspace-list-page';

// The second preview server proxies as the engineer: same build, a user who is not an admin.
const session = setUpBrowser(() => inject('engineerBaseUrl'));

describe('workspace list for an engineer (not an organisation admin)', () => {
  it('shows their workspaces and explains why archived ones cannot be listed', async () => {
    const { page } = session;
    const [{ count }, name] = await Promise.all([
      listWorkspaces({ limit: '1' }, 'engineer'),
      currentUserName('engineer'),
    ]);
    const ui = workspaceListPage(page);

    await page.goto('/workspaces');
    await page.getByText(`Signed in as ${name}`).waitFor();
    await ui.total(count).waitFor();

    // The 403 is the expected answer; Chromium still logs the failed request.
    session.allowConsoleError(/status of 403 .*\/api\/workspaces\/\?.*include_archived=true/);
    await ui.includeArchived.check();
    const alert = page.getByRole('alert');
    await alert.getByText('Only organisation admins can list archived workspaces.').waitFor();
    await alert.getByRole('button', { name: 'Hide archived workspaces' }).click();
    await ui.total(count).waitFor();
  });
});
