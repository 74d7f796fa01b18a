// The CLI on a terminal (issue 13): under a pseudo-terminal (util-linux `script`)
// the default is aligned plain text with no Markdown debris; colour only there and
// not with NO_COLOR; --format, --fail-on, --version; the footer names report files
// only when they were written.
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const ROOT = join(import.meta.dirname, '..');
const CLI = join(ROOT, 'dist/cli.js');
const EX = ['--config', 'examples/gate.yml', '--baseline-eval', 'examples/baseline.csv', '--candidate-eval', 'examples/candidate.csv', '--name', 'fraud-scorer'];
const hasScript = spawnSync('script', ['--version'], { encoding: 'utf8' }).status === 0;
const quote = (s: string) => `'${s.replace(/'/g, `'\\''`)}'`;

/** Runs the CLI with stdout on a pseudo-terminal; returns what the terminal showed and the exit status. */
function onTerminal(args: string[], env: Record<string, string> = {}): { text: string; status: number | null } {
  const cmd = [process.execPath, CLI, ...args].map(quote).join(' ');
  // `script -e` returns the child's exit status; the typescript file is not wanted.
  const r = spawnSync('script', ['-qec', cmd, '/dev/null'], { cwd: ROOT, encoding: 'utf8', env: { ...process.env, TERM: 'xterm', ...env } });
  return { text: r.stdout.replace(/\r\n/g, '\n'), status: r.status };
}
const cli = (args: string[]) => spawnSync(process.execPath, [CLI, ...args], { cwd: ROOT, encoding: 'utf8' });
// biome-ignore lint/suspicious/noControlCharactersInRegex: ANSI escapes are what is tested
const ANSI = /\u001b\[[0-9;]*m/g;

describe.skipIf(!hasScript)('model-gate on a terminal', () => {
  it('prints aligned plain text: no Markdown escapes, tables, <details>, Mermaid or HTML entities', () => {
    const { text, status } = onTerminal(EX);
    expect(status).toBe(1);
    const bare = text.replace(ANSI, '');
    expect(bare.split('\n')[0]).toBe('Model gate fraud-scorer: FAIL: blocked');
    for (const debris of ['\\=', '\\-', '\\_', '&lt;', '&gt;', '&quot;', '<details>', '<summary>', '<sub>', 'mermaid', '```', '**', '| :-', '#### ']) {
      expect(bare).not.toContain(debris);
    }
    // Issue 12: the interval shown is the one at the level the decision used (ci_adjusted), as in the comment.
    expect(bare).toMatch(/^ {2}FAIL {2}region=BR {2}recall {2}1,477 +76\.0% +62\.7% +−13\.3 pp +\[−21\.1, −5\.6\] pp +<0\.001 {2}max_drop 2pp$/m);
    // Columns line up: "baseline" header ends where the values end.
    const lines = bare.split('\n');
    const head = lines.findIndex((l) => l.includes('segment') && l.includes('baseline'));
    expect(lines[head].indexOf('baseline') + 'baseline'.length).toBe(lines[head + 1].indexOf('76.0%') + '76.0%'.length);
    expect(bare).toContain('No report files written');
    // Colour on a terminal.
    expect(text).toMatch(ANSI);
  });

  it('NO_COLOR turns the colour off; the footer lists the files when --report-dir wrote them', () => {
    const dir = mkdtempSync(join(tmpdir(), 'mrg-tty-'));
    const { text } = onTerminal([...EX, '--report-dir', dir], { NO_COLOR: '1' });
    expect(text).not.toMatch(ANSI);
    expect(text).toContain(`Report files: ${join(dir, 'report.json')}, ${join(dir, 'report.md')}, ${join(dir, 'report.html')}`);
    expect(text).not.toContain('No report files written');
  });

  it('--format md on a terminal is still the comment Markdown', () => {
    expect(onTerminal([...EX, '--format', 'md']).text).toContain('region\\=BR | recall');
  });
});

describe('model-gate flags', () => {
  it('piped, the default is Markdown, without colour and without a footer naming files that were not written', () => {
    const r = cli(EX);
    expect(r.stdout).toContain('### Model gate fraud\\-scorer: ❌ blocked');
    expect(r.stdout).not.toMatch(ANSI);
    expect(r.stdout).not.toContain('report directory');
    expect(r.stdout.trimEnd().split('\n').at(-1)).toMatch(/^<sub>model-release-gate · /);
  });

  it('--format text when piped: plain text without colour', () => {
    const r = cli([...EX, '--format', 'text']);
    expect(r.stdout.split('\n')[0]).toBe('Model gate fraud-scorer: FAIL: blocked');
    expect(r.stdout).not.toMatch(ANSI);
  });

  it.each([
    ['fail', 1],
    ['warn', 1],
    ['never', 0],
  ])('--fail-on %s on the demo (a failure) exits %i', (failOn, code) => {
    expect(cli([...EX, '--fail-on', failOn, '--format', 'json']).status).toBe(code);
  });

  it('--fail-on warn fails on a warning that --fail-on fail lets through', () => {
    // The demo with recall advisory: a warning and no failure.
    const dir = mkdtempSync(join(tmpdir(), 'mrg-warn-'));
    const gate = readFileSync(join(ROOT, 'examples/gate.yml'), 'utf8').replace(/recall: \{ max_drop: 2pp \}/, 'recall: { max_drop: 2pp, severity: warn }');
    execFileSync('sh', ['-c', `cat > ${quote(join(dir, 'gate.yml'))}`], { input: gate });
    const args = ['--config', join(dir, 'gate.yml'), ...EX.slice(2), '--format', 'json'];
    const verdict = JSON.parse(cli(args).stdout).verdict;
    expect(verdict).toBe('warn');
    expect(cli(args).status).toBe(0);
    expect(cli([...args, '--fail-on', 'warn']).status).toBe(1);
  });

  it('a bad --fail-on is a usage error; --version prints the package version baked into the bundle', () => {
    const bad = cli([...EX, '--fail-on', 'sometimes']);
    expect(bad.status).toBe(2);
    expect(bad.stderr.split('\n')[0]).toBe('model-gate: usage error: --fail-on sometimes: use fail, warn or never.');
    const version = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')).version;
    const v = spawnSync(process.execPath, [CLI, '--version'], { cwd: tmpdir(), encoding: 'utf8' });
    expect(v.stdout).toBe(`model-gate ${version}\n`);
    expect(v.status).toBe(0);
  });
});
