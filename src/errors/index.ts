// src/errors: one error type per kind of failure. Base layer: imports nothing.
// Only the entries (src/action/, src/cli/) turn these into messages and exit
// codes; everything else throws. Public surface: ConfigError (with its
// ConfigIssue list), DataError, UsageError, isUserError, describeUnexpected.

/** One problem in the config, located by its key path (e.g. `metrics.recall.max_drop`). */
export interface ConfigIssue {
  /** Dotted key path, `""` for the document itself. */
  path: string;
  /** What is wrong and what would be valid, without the path. */
  message: string;
}

/** The config (inline YAML, config file, or defaults) is invalid. Carries every issue found, not only the first. */
export class ConfigError extends Error {
  readonly issues: ConfigIssue[];
  readonly source: string;
  constructor(source: string, issues: ConfigIssue[]) {
    super(issues.map((i) => `${source}: ${i.path ? `${i.path}: ` : ''}${i.message}`).join('\n'));
    this.name = 'ConfigError';
    this.source = source;
    this.issues = issues;
  }
}

/** A data file is missing, unreadable or malformed. Located by file, line and column where known. */
export class DataError extends Error {
  readonly file: string;
  readonly line: number | null;
  readonly column: string | null;
  readonly detail: string;
  constructor(file: string, detail: string, where: { line?: number | null; column?: string | null } = {}) {
    const line = where.line ?? null;
    const column = where.column ?? null;
    const loc = `${file}${line !== null ? `:${line}` : ''}${column !== null ? ` (column "${column}")` : ''}`;
    super(`${loc}: ${detail}`);
    this.name = 'DataError';
    this.file = file;
    this.line = line;
    this.column = column;
    this.detail = detail;
  }
}

/** The action inputs or CLI flags are wrong (missing, contradictory, unknown). */
export class UsageError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'UsageError';
  }
}

/** True for errors caused by the user's inputs, config or data: reported as one clear line, no stack. */
export function isUserError(e: unknown): e is ConfigError | DataError | UsageError {
  return e instanceof ConfigError || e instanceof DataError || e instanceof UsageError;
}

/** The message for an unexpected failure: still one line first, the stack after for debugging. */
export function describeUnexpected(e: unknown): string {
  if (e instanceof Error) return `Unexpected error (this is a bug in model-release-gate, please report it): ${e.message}`;
  return `Unexpected error (this is a bug in model-release-gate, please report it): ${String(e)}`;
}
