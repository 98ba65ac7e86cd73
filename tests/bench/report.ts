import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import type { BenchEntry } from './measure';

export type Machine = {
  cores: number;
  cpu: string;
  memoryGB: number;
  node: string;
  chromium: string;
  platform: string;
  /** 1-minute load average before and after: other work on the machine skews every number. */
  load: { before: number; after?: number };
};
export type Failure = { measurement: string; error: string };

/** A line of the table; `minimum` is a goal to reach (higher is better), where `budget` is a ceiling. */
export type ReportEntry = BenchEntry & { minimum?: number };

function verdict(entry: ReportEntry): string {
  if (entry.minimum !== undefined) return entry.value >= entry.minimum ? 'pass' : 'UNDER';
  if (entry.budget === undefined) return '';
  return entry.value <= entry.budget ? 'pass' : 'OVER';
}

const goalOf = (entry: ReportEntry) =>
  entry.minimum !== undefined
    ? `≥ ${entry.minimum}`
    : entry.budget === undefined
      ? '—'
      : String(entry.budget);

export function printMachine(machine: Machine) {
  console.log(
    `machine: ${machine.cores} cores (${machine.cpu}), ${machine.memoryGB} GB, ${machine.platform}; ` +
      `Node ${machine.node}; Chromium ${machine.chromium}; load average ${machine.load.before}`,
  );
  if (machine.load.before > machine.cores) {
    console.warn(
      `bench: the machine is busy (load ${machine.load.before} on ${machine.cores} cores): expect noise`,
    );
  }
}

const shown = (value: number | undefined) =>
  value === undefined ? '' : Number.isNaN(value) ? '—' : String(value);

/** now ÷ before, for entries measured for the baseline too. */
export function ratioOf(entry: ReportEntry): string {
  if (entry.baseline === undefined || Number.isNaN(entry.value) || !entry.baseline) return '';
  return `${(entry.value / entry.baseline).toFixed(2)}×`;
}

/** The table's cells, for the console and for the README's markdown. */
export function tableRows(entries: readonly ReportEntry[]): string[][] {
  return entries.map((e) => [
    e.name,
    shown(e.value),
    shown(e.baseline),
    ratioOf(e),
    e.unit,
    goalOf(e),
    verdict(e),
  ]);
}

export const TABLE_HEADER = ['measurement', 'now', 'before', 'now ÷ before', 'unit', 'budget', 'result'];

export function printTable(entries: readonly ReportEntry[]) {
  const header = TABLE_HEADER;
  const rows = tableRows(entries);
  const right = new Set([1, 2, 3, 5]);
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((row) => (row[i] ?? '').length)));
  const line = (cells: string[]) =>
    cells
      .map((cell, i) => (right.has(i) ? cell.padStart(widths[i] ?? 0) : cell.padEnd(widths[i] ?? 0)))
      .join('  ');
  console.log(`\n${line(header)}\n${widths.map((w) => '-'.repeat(w)).join('  ')}`);
  for (const row of rows) console.log(line(row));
  console.log('');
  for (const entry of entries) {
    const samples = entry.samples ? ` [runs: ${entry.samples.join(', ')}]` : '';
    if (entry.note || samples) console.log(`- ${entry.name}: ${entry.note ?? ''}${samples}`);
  }
}

export function writeReport(
  path: string,
  report: {
    machine: Machine;
    /** The build the `before` column was measured on. */
    baseline?: { ref: string; sha: string };
    entries: ReportEntry[];
    failures: Failure[];
    seconds: number;
  },
) {
  mkdirSync(dirname(path), { recursive: true });
  const entries = report.entries.map((entry) => ({ ...entry, result: verdict(entry) || undefined }));
  writeFileSync(path, `${JSON.stringify({ date: new Date().toISOString(), ...report, entries }, null, 2)}\n`);
}
