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
export type AxeViolation = {
  id: string;
  impact?: string | null;
  help: string;
  helpUrl: string;
  nodes: AxeNode[];
};

/**
 * axe-core's WCAG 2 A/AA violations on the page as it is now, serious or critical, each with its failing
 * elements (selector, markup, the text shown there), after the one allowance below.
 *
 * The app runs under a strict CSP (script-src 'self'), so axe cannot come in as a <script>: an inline
 * one (`addScriptTag({ content })`) is blocked and logs a console error. `page.evaluate` with a string
 * goes through the DevTools protocol (Runtime.evaluate), which the page's CSP does not govern: the
 * policy stays as the user gets it, and axe is defined on window for the run below.
 */
export async function seriousViolations(page: Page): Promise<AxeViolation[]> {
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
    const holds = (haystack: string[], needle: string[]) =>
      haystack.some((_, at) => needle.every((word, i) => haystack[at + i] === word));

    // Label in Name (WCAG 2.5.3): a control's name holds the words of its visible label, so that saying
    // what one sees reaches it. axe takes every visible word inside a widget for its label. A row of
    // the parameters tree (role treeitem, named "key: value") holds more than its label: controls named
    // on their own (Copy path, View as table, show more, an array's nested table), and facts beside
    // the value that the row gives as its description (aria-describedby: which revision set it).
    // Speaking those to reach the row would be wrong, and a name holding them would read every control
    // twice. So, for treeitems only, the label is the visible text outside those, and it must be in the
    // name as axe asks. One more case: an opened long text shows in full, while the name ends its
    // value with "…"; there the label must start with the name's words up to the cut.
    const NAMED_ON_THEIR_OWN = 'button, a[href], input, select, textarea, table, [role="grid"]';
    const rowLabelWords = (row: HTMLElement) => {
      const description = (row.getAttribute('aria-describedby') ?? '')
        .split(/\s+/)
        .map((id) => (id ? document.getElementById(id) : null))
        .filter((element): element is HTMLElement => element !== null);
      const texts: string[] = [];
      const walker = document.createTreeWalker(row, NodeFilter.SHOW_TEXT);
      for (let node = walker.nextNode(); node; node = walker.nextNode()) {
        const parent = node.parentElement;
        if (!parent?.checkVisibility({ opacityProperty: true, visibilityProperty: true })) continue;
        const control = parent.closest(NAMED_ON_THEIR_OWN);
        if (control && control !== row && row.contains(control)) continue;
        if (description.some((element) => element.contains(node))) continue;
        texts.push(node.nodeValue ?? '');
      }
      return words(texts.join(' '));
    };
    const rowLabelIsInName = (target: unknown) => {
      const row = elementAt(target);
      const name = row?.getAttribute('aria-label');
      if (!row || !name || row.getAttribute('role') !== 'treeitem') return false;
      const label = rowLabelWords(row);
      if (label.length === 0 || holds(words(name), label)) return true;
      const cut = name.lastIndexOf('…');
      const beforeCut = cut < 0 ? [] : words(name.slice(0, cut));
      // The word at the cut may be cut itself: the start of the word shown there.
      return (
        beforeCut.length > 1 &&
        beforeCut.every((word, i) =>
          i < beforeCut.length - 1 ? label[i] === word : label[i]?.startsWith(word),
        )
      );
    };
    return result.violations
      .map((v) => ({
        id: v.id,
        impact: v.impact,
        help: v.help,
        helpUrl: v.helpUrl,
        nodes: v.nodes
          .filter((n) => v.id !== 'label-content-name-mismatch' || !rowLabelIsInName(n.target[0]))
          .map((n) => ({
            target: n.target,
            html: n.html,
            failureSummary: n.failureSummary,
            text: shownText(n.target[0]),
          })),
      }))
      .filter((v) => v.nodes.length > 0);
  }, WCAG_TAGS);
  return violations.filter((v) => BLOCKING.has(v.impact ?? ''));
}

/** Fails listing every serious or critical violation (rule, what it asks, each failing element). */
export async function expectNoSeriousViolations(page: Page, label: string): Promise<void> {
  const blocking = await seriousViolations(page);
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
