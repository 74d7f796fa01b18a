// The published JSON Schema of report.json: current with the description, and,
// checked by an independent validator (ajv), it accepts real pipeline reports
// (and ones from before the structured check fields) and refuses tampered ones.
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Ajv2020 } from 'ajv/dist/2020.js';
import { beforeAll, describe, expect, it } from 'vitest';
import { writeShadowLog } from '../../scripts/lib/generateShadow.mjs';
import { loadConfig } from '../../src/config/load.js';
import { reportJson, runGate } from '../../src/pipeline/index.js';
import { reportJsonSchema, reportJsonSchemaText, validateReport, type Report } from '../../src/schema/index.js';

const ROOT = join(import.meta.dirname, '../..');
const config = (inline: string | null, file: string | null) => loadConfig({ inline, file, inlineName: 'config', fileName: 'config-file' });
const request = () => ({
  name: 'fraud-scorer',
  config: config(null, join(ROOT, 'examples/gate.yml')),
  baselineEval: join(ROOT, 'examples/baseline.csv'),
  candidateEval: join(ROOT, 'examples/candidate.csv'),
  shadow: null as string | null,
  labels: null as string | null,
  run: { repository: 'octo-org/models', commit: '3f786850e387550fdab836ed7e6dc881de23001b', pull_request: 7, url: 'https://github.com/octo-org/models/actions/runs/1' },
  now: () => new Date('2025-01-02T03:04:05.000Z'),
});
const asRead = (r: Report): Record<string, any> => JSON.parse(reportJson(r));
const NEW_FIELDS = ['rule_kind', 'limit', 'worsening', 'budget_used'];

let demo: Report;
let shadow: Report;
const ajv = new Ajv2020({ allErrors: true, strict: true });
const valid = ajv.compile(reportJsonSchema());

beforeAll(async () => {
  demo = await runGate(request());
  const dir = mkdtempSync(join(tmpdir(), 'mrg-schema-'));
  await writeShadowLog({ n: 1500, seed: 3, segments: { region: ['US', 'BR'] }, labelShare: 0.6 }, join(dir, 's.csv'), join(dir, 'l.csv'));
  const c = config(
    'columns: { segments: [region] }\nmetrics: { recall: { max_drop: 2pp } }\nshadow:\n  value_for_money: { metric: recall, max_cost_per_1k_per_point: 0.01 }\n  envelope: { error_rate: { max: 0 } }\n',
    null,
  );
  shadow = await runGate({ ...request(), config: c, shadow: join(dir, 's.csv'), labels: join(dir, 'l.csv') });
});

describe('schema/report.schema.json', () => {
  it('equals a fresh generation (run node scripts/report-schema.mjs)', () => {
    expect(readFileSync(join(ROOT, 'schema/report.schema.json'), 'utf8')).toBe(reportJsonSchemaText());
  });

  it('accepts the reports the pipeline writes, offline and with a shadow run', () => {
    for (const r of [demo, shadow]) {
      expect(valid(asRead(r)), JSON.stringify(valid.errors)).toBe(true);
    }
    expect(shadow.shadow).not.toBeNull();
    // A rule that allows nothing, exceeded: the share is capped, so it stays JSON.
    expect(shadow.checks.find((c) => c.id === 'shadow/error_rate/overall/max')).toMatchObject({ rule_kind: 'max', limit: 0 });
  });

  it('accepts a report from before the structured check fields, as the validator does (they stay absent)', () => {
    const old = asRead(demo);
    for (const c of old.checks) for (const k of NEW_FIELDS) delete c[k];
    expect(valid(old), JSON.stringify(valid.errors)).toBe(true);
    const back = validateReport(old, 'old.json');
    expect(back.checks.every((c) => NEW_FIELDS.every((k) => !(k in c)))).toBe(true);
    expect(back).toEqual(old);
  });

  type Tamper = (r: Record<string, any>) => void;
  it.each<[string, Tamper, string]>([
    ['an unknown top-level key', (r) => (r.comment_body = 'hi'), 'additionalProperties'],
    ['an unknown key in a check', (r) => (r.checks[0].html = '<img>'), 'additionalProperties'],
    ['a missing field', (r) => delete r.generated_at, 'required'],
    ['another schema', (r) => (r.schema = 'model-release-gate/report@2'), 'const'],
    ['a p-value as a string', (r) => (r.checks[1].p_value = '0.2'), 'type'],
    ['a p-value above 1', (r) => (r.checks[1].p_value = 1.5), 'maximum'],
    ['an unknown status', (r) => (r.checks[0].status = 'ok'), 'enum'],
    ['an interval of three', (r) => (r.checks[1].ci = [0, 1, 2]), 'maxItems'],
    ['a name on two lines', (r) => (r.name = 'a\nb'), 'pattern'],
    ['a short commit', (r) => (r.run.commit = 'abc123'), 'pattern'],
    ['a negative budget used', (r) => (r.checks[1].budget_used = -1), 'minimum'],
    ['an unknown rule kind', (r) => (r.checks[1].rule_kind = 'between'), 'enum'],
    ['a fractional n', (r) => (r.checks[1].n = 10.5), 'type'],
  ])('refuses %s', (_what, tamper, keyword) => {
    const r = asRead(demo);
    tamper(r);
    expect(valid(r)).toBe(false);
    expect(valid.errors!.map((e) => e.keyword)).toContain(keyword);
    // The strict validator refuses it as well.
    expect(() => validateReport(r, 'r.json')).toThrow(/^r\.json: \$/);
  });
});

describe('the strict validator on the structured check fields', () => {
  it.each<[string, (c: Record<string, any>) => void, RegExp]>([
    ['a share above the cap', (c) => (c.budget_used = 1e7), /\$\.checks\[1\]\.budget_used is 10000000: expected a finite number in \[0, 1000000\]$/],
    ['a rule kind not in the list', (c) => (c.rule_kind = 'between'), /\$\.checks\[1\]\.rule_kind is "between": expected one of change, min, max$/],
    ['a worsening as text', (c) => (c.worsening = '3pp'), /\$\.checks\[1\]\.worsening is "3pp": expected a finite number$/],
    ['a limit as text', (c) => (c.limit = 'min 0.8'), /\$\.checks\[1\]\.limit is "min 0\.8": expected a finite number$/],
  ])('refuses %s', (_what, tamper, message) => {
    const r = asRead(demo);
    tamper(r.checks[1]);
    expect(() => validateReport(r, 'report.json')).toThrow(message);
  });

  it('keeps the input key order, so a report written back out is the same text', () => {
    expect(reportJson(validateReport(asRead(shadow), 'report.json'))).toBe(reportJson(shadow));
  });
});
