// The CLI from the committed bundle, as a user runs it: exit codes, formats,
// one clear line for every user error.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const ROOT = join(import.meta.dirname, '..');
const cli = (args: string[], cwd = ROOT) => spawnSync(process.execPath, [join(ROOT, 'dist/cli.js'), ...args], { cwd, encoding: 'utf8' });
const EX = ['--baseline-eval', 'examples/baseline.csv', '--candidate-eval', 'examples/candidate.csv'];

describe('model-gate CLI', () => {
  it('exits 1 on the demo regression and prints the Markdown report', () => {
    const r = cli(['--config', 'examples/gate.yml', ...EX, '--name', 'fraud-scorer']);
    expect(r.status).toBe(1);
    expect(r.stdout).toContain('fraud\\-scorer: ❌ blocked');
    expect(r.stdout).toContain('region\\=BR | recall');
    expect(r.stderr).toBe('');
  });

  it('--format json prints report.json, and --report-dir writes the files', () => {
    const dir = mkdtempSync(join(tmpdir(), 'mrg-cli-'));
    const r = cli(['--config', 'examples/gate.yml', ...EX, '--format', 'json', '--report-dir', dir]);
    const report = JSON.parse(r.stdout);
    expect(report.verdict).toBe('fail');
    expect(JSON.parse(readFileSync(join(dir, 'report.json'), 'utf8')).checks).toEqual(report.checks);
    expect(readFileSync(join(dir, 'report.md'), 'utf8')).toContain('❌ blocked');
  });

  it('exits 0 when the candidate is the baseline, with the default config', () => {
    const r = cli(['--baseline-eval', 'examples/baseline.csv', '--candidate-eval', 'examples/baseline.csv']);
    expect(r.status).toBe(0);
    expect(r.stdout).toContain('✅ may ship');
  });

  it('the same inputs give the same report, timestamps aside', () => {
    const a = JSON.parse(cli(['--config', 'examples/gate.yml', ...EX, '--format', 'json']).stdout);
    const b = JSON.parse(cli(['--config', 'examples/gate.yml', ...EX, '--format', 'json']).stdout);
    delete a.generated_at;
    delete b.generated_at;
    expect(JSON.stringify(a)).toBe(JSON.stringify(b));
  });

  it.each([
    ['an unknown flag', ['--baseline', 'x.csv'], /usage error: Unknown option '--baseline' \(did you mean --baseline-eval\?\)/],
    ['a bad format', [...EX, '--format', 'html'], /--format html: use md or json/],
    ['a missing config file', ['--config', 'nope.yml', ...EX], /--config nope\.yml: no such file/],
    ['nothing to compare', [], /nothing to compare/],
  ])('exits 2 with one line on %s', (_what, args, message) => {
    const r = cli(args);
    expect(r.status).toBe(2);
    expect(r.stderr.split('\n')[0]).toMatch(message);
    expect(r.stderr).not.toMatch(/^\s+at /m);
  });

  it('prints every config error, each with its key path', () => {
    const dir = mkdtempSync(join(tmpdir(), 'mrg-cli-'));
    writeFileSync(join(dir, 'gate.yml'), 'task: binry\nstatistics: { confidence: 2 }\n');
    const r = cli(['--config', join(dir, 'gate.yml'), ...EX]);
    expect(r.status).toBe(2);
    const lines = r.stderr.trim().split('\n');
    expect(lines).toHaveLength(2);
    expect(lines[0]).toMatch(/config error: .*gate\.yml: task: .*binry.*did you mean .*binary/);
    expect(lines[1]).toMatch(/statistics\.confidence/);
  });

  it('--help prints usage and exits 0', () => {
    const r = cli(['--help']);
    expect(r.status).toBe(0);
    expect(r.stdout).toContain('Usage: model-gate');
  });
});
