// The strict report.json validator: a real pipeline report (and its overridden and
// refused forms) passes unchanged; each way of tampering with one is refused with
// the JSON path and what would be valid.
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { loadConfig } from '../../src/config/load.js';
import { DataError } from '../../src/errors/index.js';
import { runGate } from '../../src/pipeline/index.js';
import { applyOverride } from '../../src/report/override.js';
import type { Report } from '../../src/report/types.js';
import { loadReport, MAX_CHECKS, validateReport } from '../../src/report/validate.js';
import { reportJson } from '../../src/pipeline/index.js';
import { writeShadowLog } from '../../scripts/lib/generateShadow.mjs';

const ROOT = join(import.meta.dirname, '../..');
let base: Report;

const request = () => ({
  name: 'fraud-scorer',
  config: loadConfig({ inline: null, file: join(ROOT, 'examples/gate.yml'), inlineName: 'config', fileName: 'config-file' }),
  baselineEval: join(ROOT, 'examples/baseline.csv'),
  candidateEval: join(ROOT, 'examples/candidate.csv'),
  shadow: null,
  labels: null,
  run: { repository: 'octo-org/models', commit: '3f786850e387550fdab836ed7e6dc881de23001b', pull_request: 7, url: 'https://github.com/octo-org/models/actions/runs/1' },
  now: () => new Date('2025-01-02T03:04:05.000Z'),
});

beforeAll(async () => {
  base = await runGate(request());
});

/** The report as report.json holds it, parsed back: what from-report reads. */
const asRead = (r: Report): Record<string, any> => JSON.parse(reportJson(r));
const granted = () => applyOverride(base, { kind: 'granted', label: 'model-gate/override', actor: 'admin-alice', permission: 'admin' });
const refused = () =>
  applyOverride(base, {
    kind: 'refused',
    label: 'model-gate/override',
    actor: 'dev-bob',
    permission: 'write',
    reason: 'label applied by @dev-bob, whose role (write) is below the required maintain',
  });

describe('validateReport accepts what the gate writes', () => {
  it('a failed pipeline report round-trips through report.json unchanged', () => {
    expect(base.verdict).toBe('fail');
    expect(base.checks.length).toBeGreaterThan(10);
    expect(validateReport(asRead(base), 'report.json')).toEqual(base);
  });

  it('so do its overridden and refused forms', () => {
    expect(validateReport(asRead(granted()), 'report.json')).toEqual(granted());
    expect(validateReport(asRead(refused()), 'report.json')).toEqual(refused());
  });

  it('a report with a shadow run (labels, value for money) round-trips too, and its summary is checked field by field', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'mrg-validate-'));
    await writeShadowLog({ n: 1500, seed: 3, segments: { region: ['US', 'BR'] }, candidate: { latencyFactor: 1.2 }, labelShare: 0.6 }, join(dir, 's.csv'), join(dir, 'l.csv'));
    const config = loadConfig({
      inline: 'columns: { segments: [region] }\nmetrics: { recall: { max_drop: 2pp } }\nshadow: { value_for_money: { metric: recall, max_cost_per_1k_per_point: 0.01 } }\n',
      file: null,
      inlineName: 'config',
      fileName: 'config-file',
    });
    const withShadow = await runGate({ ...request(), config, shadow: join(dir, 's.csv'), labels: join(dir, 'l.csv') });
    expect(withShadow.shadow?.latency).not.toBeNull();
    expect(validateReport(asRead(withShadow), 'report.json')).toEqual(withShadow);
    const tampered = asRead(withShadow);
    tampered.shadow.latency.candidate.p99 = '12 ms';
    expect(() => validateReport(tampered, 'r.json')).toThrow(/^r\.json: \$\.shadow\.latency\.candidate\.p99 is "12 ms": expected a finite number$/);
    const extra = asRead(withShadow);
    extra.shadow.comment = 'hi';
    expect(() => validateReport(extra, 'r.json')).toThrow(/^r\.json: \$\.shadow\.comment is not a field of/);
  });

  it('returns a fresh object: the input is not handed back', () => {
    const raw = asRead(base);
    const out = validateReport(raw, 'report.json');
    expect(out).not.toBe(raw);
    expect(out.checks[0]).not.toBe(raw.checks[0]);
  });
});

type Tamper = (r: Record<string, any>) => void;
const failIdx = (r: Record<string, any>) => r.checks.findIndex((c: { status: string }) => c.status === 'fail');

describe('validateReport refuses a tampered report with the JSON path and what is valid', () => {
  it.each<[string, Tamper, RegExp]>([
    ['another schema', (r) => (r.schema = 'model-release-gate/report@2'), /^report\.json: \$\.schema is "model-release-gate\/report@2": expected "model-release-gate\/report@1"$/],
    ['an unknown top-level key', (r) => (r.comment_body = 'hi @everyone'), /^report\.json: \$\.comment_body is not a field of model-release-gate\/report@1 \(fields here: schema, name, /],
    ['a missing field', (r) => delete r.generated_at, /\$\.generated_at is missing$/],
    ['an unknown key in a check', (r) => (r.checks[0].html = '<img>'), /\$\.checks\[0\]\.html is not a field/],
    ['a p-value as a string', (r) => (r.checks[1].p_value = '0.2'), /\$\.checks\[1\]\.p_value is "0\.2": expected a finite number in \[0, 1\]$/],
    ['a p-value above 1', (r) => (r.checks[1].p_value = 1.5), /\$\.checks\[1\]\.p_value is 1\.5: expected a finite number in \[0, 1\]$/],
    ['a fractional n', (r) => (r.checks[1].n = 10.5), /\$\.checks\[1\]\.n is 10\.5: expected an integer >= 0$/],
    ['an unknown status', (r) => (r.checks[0].status = 'ok'), /\$\.checks\[0\]\.status is "ok": expected one of pass, warn, fail, insufficient$/],
    ['an unknown source', (r) => (r.checks[0].source = 'vibes'), /\$\.checks\[0\]\.source is "vibes": expected one of offline, shadow, online, integrity, data, skew, estimated$/],
    ['an interval upside down', (r) => (r.checks[1].ci = [0.1, -0.1]), /\$\.checks\[1\]\.ci is \[0\.1, -0\.1\]: the low end must not exceed the high end$/],
    ['an interval of three', (r) => (r.checks[1].ci = [0, 1, 2]), /\$\.checks\[1\]\.ci has 3 items: at most 2 are allowed$/],
    [
      'an id that is not source/metric/segment',
      (r) => (r.checks[failIdx(r)].id = 'offline/recall/region=US'),
      /\.id is "offline\/recall\/region=US": expected "offline\/recall\/region=BR" \(source\/metric\/segment\), optionally followed by \/kind$/,
    ],
    ['an id with an odd suffix', (r) => (r.checks[1].id = `${r.checks[1].id}/<b>`), /\$\.checks\[1\]\.id is .*optionally followed by \/kind$/],
    ['a duplicate id', (r) => (r.checks.push({ ...r.checks[1] }), r.counts[r.checks[1].status]++), /\.id is .*, the same as \$\.checks\[1\]\.id: check ids are unique$/],
    ['a message of 5,000 characters', (r) => (r.checks[0].message = 'x'.repeat(5000)), /\$\.checks\[0\]\.message has 5000 characters: at most 4096 are allowed$/],
    ['counts that do not match the statuses', (r) => r.counts.fail--, /\$\.counts\.fail is 0, but 1 checks have status fail$/],
    ['a passing verdict over failed checks', (r) => (r.verdict = 'pass'), /\$\.verdict is "pass", but the checks give "fail" \(1 failed, /],
    ['overridden without an override', (r) => (r.verdict = 'overridden'), /\$\.override is null, but the verdict is "overridden"/],
    [
      'an override on a verdict that is not overridden',
      (r) => (r.override = { label: 'l', actor: 'a', permission: 'admin', overridden_checks: [] }),
      /\$\.override is set, but the verdict is "fail", not "overridden"$/,
    ],
    ['an unknown verdict', (r) => (r.verdict = 'ship-it'), /\$\.verdict is "ship-it": expected one of pass, warn, fail, overridden$/],
    ['a name on two lines', (r) => (r.name = 'a\nb'), /\$\.name is "a\\nb": expected one line$/],
    ['a name of 101 characters', (r) => (r.name = 'n'.repeat(101)), /\$\.name has 101 characters: at most 100 are allowed$/],
    ['a short commit', (r) => (r.run.commit = 'abc123'), /\$\.run\.commit is "abc123": expected null or a full commit SHA/],
    ['a pull request 0', (r) => (r.run.pull_request = 0), /\$\.run\.pull_request is 0: expected an integer >= 1$/],
    ['a pull request as a string', (r) => (r.run.pull_request = '7'), /\$\.run\.pull_request is "7": expected an integer >= 1$/],
    ['a javascript: run URL', (r) => (r.run.url = 'javascript:alert(1)'), /\$\.run\.url is "javascript:alert\(1\)": expected null or an http\(s\) URL$/],
    ['a repository that is not owner/name', (r) => (r.run.repository = 'evil'), /\$\.run\.repository is "evil": expected null or "owner\/name"$/],
    ['a generated_at that is not a time', (r) => (r.generated_at = 'yesterday'), /\$\.generated_at is "yesterday": expected an ISO 8601 UTC time/],
    [
      'a config nested 40 deep',
      (r) => {
        let o: any = {};
        r.config.deep = o;
        for (let i = 0; i < 40; i++) o = o.x = {};
      },
      /\$\.config\.deep(\.x)+ is nested deeper than 32 levels$/,
    ],
    ['a config as a list', (r) => (r.config = []), /\$\.config is an array of 0: expected an object$/],
    ['checks as an object', (r) => (r.checks = {}), /\$\.checks is an object: expected an array$/],
    ['inputs with a file list of numbers', (r) => (r.inputs.baseline_eval.files = [1]), /\$\.inputs\.baseline_eval\.files\[0\] is 1: expected a string$/],
    [
      'a refused override on a passing report',
      (r) => {
        r.checks = r.checks.filter((c: { status: string }) => c.status === 'pass');
        r.counts = { pass: r.checks.length, warn: 0, fail: 0, insufficient: 0 };
        r.verdict = 'pass';
        r.override_refused = { label: 'l', actor: null, permission: null, reason: 'r' };
      },
      /\$\.override_refused is set, but the verdict is "pass"/,
    ],
    [
      'a refused override with a bad login',
      (r) => (r.override_refused = { label: 'l', actor: 'x y', permission: null, reason: 'r' }),
      /\$\.override_refused\.actor is "x y": expected a GitHub login$/,
    ],
  ])('%s', (_what, tamper, message) => {
    const r = asRead(base);
    tamper(r);
    let err: unknown;
    try {
      validateReport(r, 'report.json');
    } catch (e) {
      err = e;
    }
    expect(err).toBeInstanceOf(DataError);
    expect((err as Error).message).toMatch(message);
    expect((err as Error).message).not.toMatch(/\n/);
  });

  it('an override must list exactly the failed checks, in report order', () => {
    const r = asRead(granted());
    r.override.overridden_checks.push('offline/auc/region=BR');
    expect(() => validateReport(r, 'r.json')).toThrow(/^r\.json: \$\.override\.overridden_checks does not list the 1 failed check ids in report order$/);
    const none = asRead(granted());
    none.checks = none.checks.filter((c: { status: string }) => c.status !== 'fail');
    none.counts.fail = 0;
    expect(() => validateReport(none, 'r.json')).toThrow(/\$\.verdict is "overridden", but no check failed \(the checks give "pass"\)$/); // "warn" before issue 12: insufficient checks no longer raise the verdict
  });

  it('an override by someone without a role is not an override', () => {
    const r = asRead(granted());
    r.override.permission = 'none';
    expect(() => validateReport(r, 'r.json')).toThrow(/\$\.override\.permission is "none": expected one of read, triage, write, maintain, admin$/);
  });

  it('more than MAX_CHECKS (500,000; 100,000 before issue 12) checks are refused before any is read', () => {
    const r = asRead(base);
    r.checks = new Array(MAX_CHECKS + 1).fill(null);
    expect(() => validateReport(r, 'r.json')).toThrow(/^r\.json: \$\.checks has 500001 items: at most 500000 are allowed$/);
  });

  it('a report that is not an object at all', () => {
    expect(() => validateReport([], 'r.json')).toThrow(/^r\.json: \$ is an array of 0: expected an object$/);
    expect(() => validateReport('{}', 'r.json')).toThrow(/^r\.json: \$ is "\{\}": expected an object$/);
  });
});

describe('loadReport reads the file from-report names', () => {
  const dir = mkdtempSync(join(tmpdir(), 'mrg-validate-'));
  const file = (name: string, text: string) => {
    const p = join(dir, name);
    writeFileSync(p, text);
    return p;
  };

  it('a valid report.json', () => {
    expect(loadReport(file('ok.json', reportJson(base)))).toEqual(base);
  });

  it.each<[string, string, RegExp]>([
    ['invalid JSON', '{"schema": ', /bad\.json: not valid JSON: /],
    ['an Infinity (1e999) where a number belongs', '', /inf\.json: \$\.checks\[1\]\.baseline is Infinity: expected a finite number$/],
    ['a __proto__ key', '', /proto\.json: \$\.__proto__ is not a field of model-release-gate\/report@1/],
  ])('%s', (what, text, message) => {
    let body = text;
    let name = 'bad.json';
    if (what.startsWith('an Infinity')) {
      const r = asRead(base);
      r.checks[1].baseline = 12345;
      body = reportJson(r as Report).replace('"baseline": 12345', '"baseline": 1e999');
      name = 'inf.json';
    } else if (what.startsWith('a __proto__')) {
      body = reportJson(base).replace('{\n', '{\n  "__proto__": { "verdict": "pass" },\n');
      name = 'proto.json';
    }
    expect(() => loadReport(file(name, body))).toThrow(message);
  });

  it('a missing file says what from-report expects', () => {
    expect(() => loadReport(join(dir, 'nope.json'))).toThrow(/nope\.json: not found: from-report takes the path of report\.json downloaded from the first run's artifact$/);
  });

  it('a directory is not a report', () => {
    expect(() => loadReport(dir)).toThrow(/: not a file: from-report takes the path of report\.json/);
  });
});
