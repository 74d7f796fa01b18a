// The config reference for the README as Markdown, derived from the schema
// and defaults so the docs cannot drift from what parsing accepts.
import { DEFAULT_ENVELOPE, DEFAULT_METRICS } from './defaults.js';
import { CONFIG_SCHEMA, RULE_KEYS, type Field, type Fields } from './schema.js';
import { describeNumber } from './read.js';

function defaultText(f: Field): string {
  switch (f.kind) {
    case 'enum':
      return `\`${f.default}\``;
    case 'number':
      return f.default === undefined ? 'required' : `\`${f.default}\``;
    case 'name':
      return `\`${f.default}\``;
    case 'names':
      return `\`[${f.default.join(', ')}]\``;
    case 'section':
      return f.optional ? 'none' : '';
    case 'special':
      return f.defaultText;
  }
}

function meaning(f: Field): string {
  switch (f.kind) {
    case 'enum':
      return `${f.description} One of ${f.values.map((v) => `\`${v}\``).join(', ')}.`;
    case 'number':
      return `${f.description} ${describeNumber(f).replace(/^./, (c) => c.toUpperCase())}.`;
    default:
      return f.description;
  }
}

function rows(fields: Fields, prefix: string): string[] {
  const out: string[] = [];
  for (const [key, f] of Object.entries(fields)) {
    const path = prefix ? `${prefix}.${key}` : key;
    out.push(`| \`${path}\` | ${defaultText(f)} | ${meaning(f).replace(/\|/g, '\\|')} |`);
    if (f.kind === 'section') out.push(...rows(f.fields, path));
  }
  return out;
}

const inline = (o: Record<string, unknown>) =>
  `{ ${Object.entries(o)
    .map(([k, v]) => `${k}: ${String(v)}`)
    .join(', ')} }`;

/** The "Config reference" section of the README. */
export function configReference(): string {
  const lines = [
    '| key | default | meaning |',
    '|---|---|---|',
    ...rows(CONFIG_SCHEMA, ''),
    '',
    '**Rule keys** (under `metrics.<name>`, `shadow.envelope.<name>`, `overrides.<segment>.<name>`):',
    '',
    '| key | meaning |',
    '|---|---|',
    ...Object.entries(RULE_KEYS).map(([k, v]) => `| \`${k}\` | ${v.description} |`),
    '',
    '**Default metrics** (when `metrics` is absent or empty):',
    '',
    ...Object.entries(DEFAULT_METRICS).map(
      ([task, ms]) =>
        `- ${task}: ${Object.entries(ms)
          .map(([name, r]) => `\`${name}: ${inline(r)}\``)
          .join(', ')}`,
    ),
    '',
    `**Default envelope** (a \`shadow\` section without \`envelope\`): ${Object.entries(DEFAULT_ENVELOPE)
      .map(([name, r]) => `\`${name}: ${inline(r)}\``)
      .join(', ')}.`,
  ];
  return `${lines.join('\n')}\n`;
}
