// Where the config comes from: inline YAML, a file, or neither (defaults).
// Giving both is an error. The only file this folder reads.
import { readFileSync } from 'node:fs';
import { UsageError } from '../errors/index.js';
import { parseConfig } from './parse.js';
import type { GateConfig } from './types.js';

export interface ConfigSource {
  /** Inline YAML (the action's `config` input). */
  inline: string | null;
  /** Path of a YAML file (`config-file` input, the CLI's `--config`). */
  file: string | null;
  /** Names used in messages, e.g. `config` / `config-file` for the action. */
  inlineName: string;
  fileName: string;
}

export function loadConfig(src: ConfigSource): GateConfig {
  if (src.inline !== null && src.file !== null) {
    throw new UsageError(`give either ${src.inlineName} or ${src.fileName}, not both.`);
  }
  if (src.file !== null) {
    let text: string;
    try {
      text = readFileSync(src.file, 'utf8');
    } catch (e) {
      const code = (e as NodeJS.ErrnoException).code;
      throw new UsageError(
        `${src.fileName} ${src.file}: ${code === 'ENOENT' ? 'no such file' : code === 'EISDIR' ? 'is a directory, not a YAML file' : `cannot be read (${code ?? String(e)})`}.`,
      );
    }
    return parseConfig(text, src.file);
  }
  return parseConfig(src.inline ?? undefined, src.inlineName);
}
