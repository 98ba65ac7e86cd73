import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { Page } from 'playwright-core';
import { expect } from 'vitest';

/** The WCAG 2.0 and 2.1 rules at levels A and AA: what issue 12 holds every page to. */
const WCAG_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'];
const BLOCKING = new Set(['serious', 'critical']);

// Read once per test file: axe.min.js is about 550 KB.
const axeSource = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

type AxeNode = { target: unknown[]; html: string; failureSummary?: string; text?: string };
type AxeViolation = { id: string; impact?: string | null; help: string; helpUrl: string; nodes: AxeNode[] };

/**
 * Runs axe-core on the page as it is now and fails listing every serious or critical violation of
 * the WCAG 2 A/AA rules (rule, what it asks, each failing element's selector and markup).
 *
 * The app runs under a strict CSP (script-src 'self'), so axe cannot come in as a <script>: an inline
 * one (`addScriptTag({ content })`) is blocked and logs a console error. `page.evaluate` with a string
 * goes through the DevTools protocol (Runtime.evaluate), which the page's CSP does not govern: the
 * policy stays as the user gets it, and axe is defined on window for the run below.
 */
export async function expectNoSeriousViolations(page: Page, label: string): Promise<void> {
  const loaded = await page.evaluate(() => typeof (window as { axe?: unknown }).axe === 'object');
  if (!loaded) await page.evaluate(axeSource);
  const violations = await page.evaluate(async (tags) => {
    type Axe = {
      run(context: Document, options: object): Promise<{ violations: AxeViolation[] }>;
    };
    const axe = (window as unknown as { axe: Axe }).axe;
    const result = await axe.run(document, {
      runOnly: { type: 'tag', values: tags },
      resultTypes: ['violations'],
    });
    // What a person sees at a failing element (its markup alone hides that when it is long): the
    // rendered text, which is innerText and not textContent.
    const elementAt = (target: unknown) =>
      typeof target === 'string' ? document.querySelector<HTMLElement>(target) : null;
    // biome-ignore lint/performance/useDomNodeTextContent: the rendered text is the point
    const shownText = (target: unknown) => elementAt(target)?.innerText ?? '';
    const words = (text: string) =>
      text
        .normalize('NFKD')
        .toLowerCase()
        .match(/[\p{L}\p{N}]+/gu) ?? [];
    // Label in Name (WCAG 2.5.3) asks that a control's name hold the words of its visible label, so
    // that saying what one sees reaches it. axe takes all the text inside a control for its label. A
    // row of the parameters tree holds its own buttons and tables (Copy path, View as tree: each
    // named on its own) and, after its key and value, extra facts (blame, a long text's length). So
    // here the row's label is its text outside those controls, and the row passes if its name is
    // that text or the start of it (key and value); otherwise axe's failure stands.
    const CONTROLS = 'button, a[href], input, select, textarea, table';
    const ownWords = (element: HTMLElement) => {
      const texts: string[] = [];
      const walker = document.createTreeWalker(element, NodeFilter.SHOW_TEXT);
      for (let node = walker.nextNode(); node; node = walker.nextNode()) {
        const control = node.parentElement?.closest(CONTROLS);
        if (!control || !element.contains(control)) texts.push(node.nodeValue ?? '');
      }
      return words(texts.join(' '));
    };
    const labelIsInName = (target: unknown) => {
      const element = elementAt(target);
      const name = element?.getAttribute('aria-label');
      if (!element || !name) return false;
      const label = ` ${ownWords(element).join(' ')} `;
      const named = ` ${words(name).join(' ')} `;
      return label.trim() === '' || named.includes(label) || label.startsWith(named);
    };
    return result.violations
      .map((v) => ({
        id: v.id,
        impact: v.impact,
        help: v.help,
        helpUrl: v.helpUrl,
        nodes: v.nodes
          .filter((n) => v.id !== 'label-content-name-mismatch' || !labelIsInName(n.target[0]))
          .map((n) => ({
            target: n.target,
            html: n.html,
            failureSummary: n.failureSummary,
            text: shownText(n.target[0]),
          })),
      }))
      .filter((v) => v.nodes.length > 0);
  }, WCAG_TAGS);
  const blocking = violations.filter((v) => BLOCKING.has(v.impact ?? ''));
  // Soft: a test goes on to its other pages, and the report lists every page that fails.
  expect.soft(blocking.map(describeViolation), `serious or critical axe violations on ${label}`).toEqual([]);
}

function describeViolation(v: AxeViolation): string {
  const nodes = v.nodes
    .slice(0, 8)
    .map(
      (n) =>
        `    ${JSON.stringify(n.target)}: ${n.html.slice(0, 160)}\n      text: ${JSON.stringify(n.text?.slice(0, 120))}\n      ${summary(n)}`,
    )
    .join('\n');
  const more = v.nodes.length > 8 ? `\n    … and ${v.nodes.length - 8} more` : '';
  return `${v.impact} ${v.id}: ${v.help} (${v.helpUrl})\n${nodes}${more}`;
}

const summary = (n: AxeNode) => (n.failureSummary ?? '').replace(/\s+/g, ' ').slice(0, 240);
