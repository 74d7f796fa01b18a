// The CLI's subcommands by name (`model-gate summaries ...`); anything else is the gate itself.
import { sqlCommand } from './sql.js';
import { summariesCommand } from './summaries.js';

type Subcommand = (argv: string[], out: (s: string) => void) => Promise<number>;

const SUBCOMMANDS: Record<string, Subcommand> = {
  summaries: summariesCommand,
  sql: sqlCommand,
};

/** The subcommand `word` names, or null. */
export function subcommand(word: string | undefined): Subcommand | null {
  return word !== undefined && Object.hasOwn(SUBCOMMANDS, word) ? SUBCOMMANDS[word] : null;
}
