import type { FullConfig, Reporter, TestCase, TestResult } from '@playwright/test/reporter';
import { mkdirSync, writeFileSync } from 'node:fs';
import { cpus } from 'node:os';
import { dirname, resolve } from 'node:path';
import { attachmentName, type Row, type Section } from './report';
import { summarize } from './stats';

const format = (row: Row, value: number) => {
  if (!Number.isFinite(value)) return '–';
  if (row.unit === 'ms') return `${value.toFixed(0)} ms`;
  if (row.unit === 'score') return value.toFixed(0);
  return value.toFixed(3);
};

/** Prints every bench figure as one table when the run ends and writes them to test-results/bench.json. */
export default class BenchReporter implements Reporter {
  private readonly sections: Section[] = [];
  private output = resolve('test-results/bench.json');

  onBegin(config: FullConfig) {
    if (config.configFile) this.output = resolve(dirname(config.configFile), '../test-results/bench.json');
  }

  onTestEnd(_test: TestCase, result: TestResult) {
    for (const attachment of result.attachments) {
      if (attachment.name === attachmentName && attachment.body) this.sections.push(JSON.parse(attachment.body.toString()) as Section);
    }
  }

  onEnd() {
    if (this.sections.length === 0) return;
    const table = this.sections.map((section) => ({
      title: section.title,
      rows: section.rows.map((row) => ({ row, ...summarize(row.samples) })),
    }));
    const header = ['', 'runs', 'median', 'p90', 'min', 'max', 'KB'];
    const cells = table.flatMap((section) => [
      [section.title],
      ...section.rows.map(({ row, runs, median, p90, min, max }) => [
        `  ${row.figure}${row.note ? ` (${row.note})` : ''}`,
        String(runs),
        format(row, median),
        // A score's p90 says nothing a median and a range do not.
        row.unit === 'ms' ? format(row, p90) : '',
        format(row, min),
        format(row, max),
        row.kb === undefined ? '' : row.kb.toFixed(1),
      ]),
    ]);
    const widths = header.map((_, column) => Math.max(header[column]!.length, ...cells.filter((line) => line.length > 1).map((line) => line[column]!.length)));
    const line = (values: string[]) =>
      values.length === 1 ? values[0]! : values.map((value, column) => (column === 0 ? value.padEnd(widths[0]!) : value.padStart(widths[column]!))).join('  ');

    const lines = [
      '',
      ...this.sections.flatMap((section) => (section.details?.length ? [section.details.join('\n'), ''] : [])),
      'Bench results: printed, never asserted. Median, p90 (nearest rank: of 5 runs, the slowest), min and max; KB on the wire of one run.',
      line(header),
      ...cells.map(line),
      '',
      `Written to ${this.output}`,
    ];
    console.log(lines.join('\n'));

    mkdirSync(dirname(this.output), { recursive: true });
    writeFileSync(
      this.output,
      JSON.stringify(
        {
          generatedAt: new Date().toISOString(),
          machine: { cpus: cpus().length, cpu: cpus()[0]?.model, node: process.version },
          sections: this.sections.map((section) => ({
            ...section,
            details: undefined,
            rows: section.rows.map((row) => ({ ...row, ...summarize(row.samples) })),
          })),
        },
        null,
        2,
      ),
    );
  }

  printsToStdio() {
    return true;
  }
}
