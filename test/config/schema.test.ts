// The schema as data: the committed JSON Schema is current, and every key the
// parser accepts is in the JSON Schema and the README reference.
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, test } from 'vitest';
import { configJsonSchema, configJsonSchemaText } from '../../src/config/json-schema.js';
import { configReference } from '../../src/config/reference.js';
import { CONFIG_SCHEMA, RULE_KEYS, type Fields } from '../../src/config/schema.js';
import { DEFAULT_ENVELOPE, DEFAULT_METRICS } from '../../src/config/defaults.js';
import { parseConfig } from '../../src/config/parse.js';

function keyPaths(fields: Fields, prefix = ''): string[] {
  return Object.entries(fields).flatMap(([k, f]) => {
    const p = prefix ? `${prefix}.${k}` : k;
    return f.kind === 'section' ? [p, ...keyPaths(f.fields, p)] : [p];
  });
}

describe('config schema', () => {
  test('schema/config.schema.json equals a fresh generation (run node scripts/config-schema.mjs)', () => {
    const committed = readFileSync(fileURLToPath(new URL('../../schema/config.schema.json', import.meta.url)), 'utf8');
    expect(committed).toBe(configJsonSchemaText());
  });

  test('every key is in the JSON Schema with its description', () => {
    const schema = configJsonSchema();
    for (const path of keyPaths(CONFIG_SCHEMA)) {
      let node = schema as Record<string, any>;
      for (const k of path.split('.')) node = node.properties[k];
      expect(node, path).toBeDefined();
      expect(typeof node.description, path).toBe('string');
    }
    const rule = (schema.$defs as any).rule.properties;
    expect(Object.keys(rule)).toEqual(Object.keys(RULE_KEYS));
  });

  test('every key is in the README reference', () => {
    const md = configReference();
    for (const path of keyPaths(CONFIG_SCHEMA)) expect(md).toContain(`| \`${path}\` |`);
    for (const key of Object.keys(RULE_KEYS)) expect(md).toContain(`| \`${key}\` |`);
    expect(md).toContain('`recall: { max_drop: 1pp }`');
  });

  test('the documented defaults parse (as the parser applies them)', () => {
    for (const [task, metrics] of Object.entries(DEFAULT_METRICS)) {
      expect(Object.keys(parseConfig(`task: ${task}`, 'x').metrics)).toEqual(Object.keys(metrics));
    }
    expect(Object.keys(parseConfig('shadow: {}', 'x').shadow!.envelope)).toEqual(Object.keys(DEFAULT_ENVELOPE));
  });
});
