/**
 * `npm run bench:readme`: writes the README's performance table from `.e2e-artifacts/bench.json`
 * (the last `npm run bench`), naming the machine it was measured on. Only the part between the two
 * markers changes; the prose around it is written by hand.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { type Machine, type ReportEntry, TABLE_HEADER, tableRows } from './report';

const README = fileURLToPath(new URL('../../README.md', import.meta.url));
const REPORT = fileURLToPath(new URL('../../.e2e-artifacts/bench.json', import.meta.url));
const START = '<!-- bench-table:start (npm run bench:readme) -->';
const END = '<!-- bench-table:end -->';

type Report = {
  date: string;
  machine: Machine;
  baseline?: { ref: string; sha: string };
  entries: ReportEntry[];
  failures: { measurement: string }[];
};

const cell = (text: string) => text.replaceAll('|', '\\|');

export function renderTable(report: Report): string {
  const { machine } = report;
  const day = report.date.slice(0, 10);
  const before = report.baseline
    ? `\`${report.baseline.ref}\` (${report.baseline.sha.slice(0, 10)})`
    : 'none';
  const lines = [
    `Measured ${day} on ${machine.cores} cores (${machine.cpu}), ${machine.memoryGB} GB, ${machine.platform}, ` +
      `Node ${machine.node}, Chromium ${machine.chromium}; load average ${machine.load.before} before, ` +
      `${machine.load.after ?? '?'} after. "before" is the baseline build ${before}, measured in the same run.`,
    '',
  ];
  const rows = tableRows(report.entries).map((row) => row.map(cell));
  const widths = TABLE_HEADER.map((h, i) => Math.max(h.length, ...rows.map((row) => (row[i] ?? '').length)));
  const line = (cells: string[]) => `| ${cells.map((c, i) => c.padEnd(widths[i] ?? 0)).join(' | ')} |`;
  lines.push(line(TABLE_HEADER), `| ${widths.map((w) => '-'.repeat(w)).join(' | ')} |`, ...rows.map(line));
  if (report.failures.length > 0)
    lines.push('', `Not measured: ${report.failures.map((failure) => failure.measurement).join(', ')}.`);
  return lines.join('\n');
}

function main() {
  const report = JSON.parse(readFileSync(REPORT, 'utf8')) as Report;
  const readme = readFileSync(README, 'utf8');
  const start = readme.indexOf(START);
  const end = readme.indexOf(END);
  if (start === -1 || end < start) throw new Error(`README.md has no ${START} … ${END} block`);
  const next = `${readme.slice(0, start + START.length)}\n${renderTable(report)}\n${readme.slice(end)}`;
  writeFileSync(README, next);
  console.log(`bench:readme: README.md table written from ${REPORT} (${report.date})`);
}

main();
