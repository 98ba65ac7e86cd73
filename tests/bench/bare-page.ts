import { writeFileSync } from 'node:fs';
import { join } from 'node:path';

/**
 * The zero-framework page the dashboard's first row is measured against: written by the bench next
 * to the build it serves, so the same preview (same proxy, same CSP, same demo data) answers both.
 * One request, the one the dashboard makes for its first page of workspaces, and the rows written
 * with DOM calls into a list named like the dashboard's, so one probe watches both pages.
 */
export const BARE_PAGE_PATH = '/bare.html';

/** The dashboard's first request for `/workspaces` (src/api/workspaces: limit, offset, default sort). */
export const FIRST_PAGE_REQUEST = 'api/workspaces/?limit=100&offset=0&sort=name%3Aasc';

const HTML = `<!doctype html>
<html lang="en">
  <head>
    <meta charset="UTF-8" />
    <meta name="viewport" content="width=device-width, initial-scale=1.0" />
    <link rel="icon" href="data:," />
    <title>Workspaces (zero-framework)</title>
    <script type="module" src="./bare-page.js"></script>
  </head>
  <body>
    <main><h1>Workspaces</h1></main>
  </body>
</html>
`;

// Started as soon as the script runs (module scripts run once the document is parsed).
const SCRIPT = `const answer = fetch(${JSON.stringify(`./${FIRST_PAGE_REQUEST}`)}, { credentials: 'same-origin' });
const page = await (await answer).json();
const list = document.createElement('ul');
list.setAttribute('aria-label', 'Workspaces');
for (const workspace of page.results) {
  const row = document.createElement('li');
  row.textContent = workspace.name;
  list.append(row);
}
document.querySelector('main').append(list);
`;

export function writeBarePage(distDir: string) {
  writeFileSync(join(distDir, BARE_PAGE_PATH.slice(1)), HTML);
  writeFileSync(join(distDir, 'bare-page.js'), SCRIPT);
}
