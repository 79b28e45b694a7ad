/** One thing the command changed (or, in a dry run, would change). */
export type Change =
  | { kind: 'created'; subject: string; id?: string }
  | { kind: 'added'; subject: string; value: string }
  | { kind: 'changed'; subject: string; from: string; to: string }
  | { kind: 'enabled'; subject: string }
  | { kind: 'written'; subject: string; path: string };

/** The line printed for a change: past tense when done, "would …" in a dry run. */
export const formatChange = (change: Change, dryRun: boolean): string => {
  switch (change.kind) {
    case 'created':
      return `${change.subject}: ${dryRun ? 'would be created' : `created (id ${change.id ?? '?'})`}`;
    case 'added':
      return `${change.subject}: ${dryRun ? 'would add' : 'added'} ${change.value}`;
    case 'changed':
      return `${change.subject}: ${dryRun ? 'would change ' : ''}${change.from} → ${change.to}`;
    case 'enabled':
      return `${change.subject}: ${dryRun ? 'would be enabled' : 'enabled'}`;
    case 'written':
      return `${change.subject}: ${dryRun ? 'would be written to' : 'written to'} ${change.path}`;
  }
};

export type Output = { out: (line: string) => void; err: (line: string) => void };

/**
 * Prints each change as it happens, so a failure later on still leaves a record of what was done;
 * `finish()` says `no changes` when there were none.
 */
export class Reporter {
  #count = 0;

  constructor(
    private readonly output: Output,
    private readonly dryRun: boolean
  ) {}

  change(change: Change): void {
    this.#count += 1;
    this.output.out(formatChange(change, this.dryRun));
  }

  warn(message: string): void {
    this.output.err(`warning: ${message}`);
  }

  finish(): void {
    if (this.#count === 0) {
      this.output.out('no changes');
    } else if (this.dryRun) {
      this.output.out('dry run: nothing was changed');
    }
  }
}
