// Docs that match behaviour: the README's config reference is the one the
// schema generates, and its workflow example parses as a valid config.
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { parseConfig } from '../src/config/parse.js';
import { configReference } from '../src/config/reference.js';

const readme = readFileSync(fileURLToPath(new URL('../README.md', import.meta.url)), 'utf8');

describe('README', () => {
  it('carries the generated config reference (node scripts/config-schema.mjs --readme)', () => {
    const m = /<!-- config-reference:start -->\n([\s\S]*?)<!-- config-reference:end -->/.exec(readme);
    expect(m).not.toBeNull();
    expect(m![1]).toBe(configReference());
  });

  it('every inline config in its workflow examples is valid', () => {
    const blocks = [...readme.matchAll(/```yaml\n([\s\S]*?)```/g)].map((m) => m[1]);
    let checked = 0;
    for (const block of blocks) {
      const doc = parse(block) as { jobs?: Record<string, { steps?: Array<{ with?: { config?: string } }> }> } | null;
      for (const job of Object.values(doc?.jobs ?? {})) {
        for (const step of job.steps ?? []) {
          if (typeof step.with?.config === 'string') {
            expect(() => parseConfig(step.with!.config, 'README')).not.toThrow();
            checked++;
          }
        }
      }
    }
    expect(checked).toBeGreaterThan(0);
  });

  it('shows the two commands a newcomer needs', () => {
    expect(readme).toContain('npm run demo');
    expect(readme).toContain('npm cit');
  });
});
