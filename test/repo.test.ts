// The repository's own habits: the workflows parse and do what the README and
// .ci/run say, the action's self-test uses inputs action.yml declares and files
// that exist, and the community files are there (LICENSE matching package.json).
import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';

const root = fileURLToPath(new URL('..', import.meta.url));
const read = (path: string) => readFileSync(`${root}${path}`, 'utf8');

interface Step {
  id?: string;
  name?: string;
  uses?: string;
  run?: string;
  with?: Record<string, unknown>;
  env?: Record<string, string>;
  if?: string;
  'continue-on-error'?: boolean;
}
interface Workflow {
  name?: string;
  on?: Record<string, unknown>;
  permissions?: Record<string, string>;
  jobs?: Record<string, { 'runs-on'?: string; steps?: Step[] }>;
}

/** Parses strictly: a YAML error or a duplicate key fails the test. */
function workflow(file: string): Workflow {
  return parse(read(`.github/workflows/${file}`), { strict: true, uniqueKeys: true }) as Workflow;
}
const steps = (w: Workflow): Step[] => Object.values(w.jobs ?? {}).flatMap((j) => j.steps ?? []);

describe('.github/workflows/ci.yml', () => {
  const ci = workflow('ci.yml');

  it('runs on push and pull_request with a read-only token', () => {
    expect(Object.keys(ci.on ?? {}).sort()).toEqual(['pull_request', 'push']);
    expect(ci.permissions).toEqual({ contents: 'read' });
  });

  it('checks out, sets up Node 24 with the npm cache, then runs .ci/run', () => {
    const s = steps(ci);
    const checkout = s.findIndex((x) => x.uses?.startsWith('actions/checkout@'));
    const node = s.findIndex((x) => x.uses?.startsWith('actions/setup-node@'));
    const run = s.findIndex((x) => x.run?.trim() === 'bash .ci/run');
    expect(checkout).toBe(0);
    expect(node).toBeGreaterThan(checkout);
    expect(run).toBeGreaterThan(node);
    expect(s[node].with).toMatchObject({ 'node-version': 24, cache: 'npm' });
  });

  it('.ci/run is npm cit plus the check that dist/ is unchanged, and npm test lints', () => {
    const script = read('.ci/run');
    expect(script).toMatch(/^npm cit$/m);
    expect(script).toMatch(/git status --porcelain -- dist/);
    const pkg = JSON.parse(read('package.json')) as { scripts: Record<string, string> };
    expect(pkg.scripts.test).toMatch(/npm run lint/);
    expect(pkg.scripts.lint).toMatch(/^biome lint src test scripts && biome format src test scripts$/);
  });
});

describe('.github/workflows/self-test.yml', () => {
  const self = workflow('self-test.yml');
  const action = parse(read('action.yml')) as { inputs: Record<string, unknown>; outputs: Record<string, unknown> };
  const gates = steps(self).filter((s) => s.uses === './');

  it('runs the action from uses: ./ on pull requests and pushes', () => {
    expect(Object.keys(self.on ?? {})).toEqual(expect.arrayContaining(['pull_request', 'push']));
    expect(gates.length).toBeGreaterThanOrEqual(1);
    expect(steps(self)[0].uses).toMatch(/^actions\/checkout@/);
  });

  it('gives only inputs action.yml declares, and example files that exist', () => {
    for (const g of gates) {
      for (const [key, value] of Object.entries(g.with ?? {})) {
        expect(Object.keys(action.inputs), `input ${key}`).toContain(key);
        if (/-eval$|^config-file$/.test(key)) {
          expect(String(value)).toMatch(/^examples\//);
          expect(existsSync(`${root}${value}`), String(value)).toBe(true);
        }
      }
    }
  });

  it('expects the demo to be blocked: verdict fail from the step with id gate', () => {
    const gate = gates.find((g) => g.id === 'gate');
    expect(gate?.with).toMatchObject({ 'config-file': 'examples/gate.yml', 'fail-on': 'never' });
    const check = steps(self).find((s) => Object.values(s.env ?? {}).includes('${{ steps.gate.outputs.verdict }}'));
    expect(check?.run).toMatch(/"\$VERDICT" = fail/);
    // Every output the workflow reads is one action.yml declares.
    const used = [...read('.github/workflows/self-test.yml').matchAll(/steps\.\w+\.outputs\.([\w-]+)/g)].map((m) => m[1]);
    expect(used.length).toBeGreaterThan(0);
    for (const o of used) expect(Object.keys(action.outputs)).toContain(o);
  });
});

describe('community files', () => {
  it('LICENSE, CHANGELOG.md, SECURITY.md and CONTRIBUTING.md exist', () => {
    for (const f of ['LICENSE', 'CHANGELOG.md', 'SECURITY.md', 'CONTRIBUTING.md']) {
      expect(existsSync(`${root}${f}`), f).toBe(true);
      expect(read(f).length, f).toBeGreaterThan(200);
    }
  });

  it('LICENSE is the license package.json names', () => {
    const pkg = JSON.parse(read('package.json')) as { license: string };
    expect(pkg.license).toBe('MIT');
    const license = read('LICENSE');
    expect(license.split('\n')[0]).toBe('MIT License');
    expect(license).toMatch(/^Copyright \(c\) 2026 model-release-gate contributors$/m);
    expect(license).toMatch(/THE SOFTWARE IS PROVIDED "AS IS", WITHOUT WARRANTY OF ANY KIND/);
  });

  it('CHANGELOG.md keeps an Unreleased section above the released versions', () => {
    const headings = [...read('CHANGELOG.md').matchAll(/^## \[([^\]]+)\]/gm)].map((m) => m[1]);
    expect(headings[0]).toBe('Unreleased');
    expect(headings).toContain('0.1.0');
    const pkg = JSON.parse(read('package.json')) as { version: string };
    expect(headings).toContain(pkg.version);
  });
});
