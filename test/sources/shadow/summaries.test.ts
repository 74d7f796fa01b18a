// The shadow source from the log's summaries (summaries@1, settings.source
// 'shadow') equals the shadow source from the log: latency percentiles and the
// change rules' bootstraps (from the bands), cost from cost_usd and from priced
// tokens, errors, agreement, score PSI, two segment columns and a cross; read
// back from JSON Lines, CSV and Parquet; routed with offline summaries; refused
// when tampered, foreign or given with the log.
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { writeShadowLog } from '../../../scripts/lib/generateShadow.mjs';
import { writeEvalPair } from '../../../scripts/lib/generate.mjs';
import { main } from '../../../src/cli/main.js';
import { parseConfig } from '../../../src/config/parse.js';
import { DataError } from '../../../src/errors/index.js';
import { runGate } from '../../../src/pipeline/index.js';
import type { Report } from '../../../src/report/types.js';
import { encodeShadowSummaries, encodeSummaries, shadowSummariesFromLog, summariesFromRows, type SummaryRecord } from '../../../src/sources/index.js';
import { writeParquet } from '../../io/columnar.fixtures.js';
import { SHADOW_CONFIG, SHADOW_SPEC, expectSameReport } from './summaries.fixtures.js';
import { fixtureDir } from '../../io/fixtures.js';

const dir = fixtureDir({});
const at = (name: string) => join(dir, name);
const RUN = { repository: null, commit: null, pull_request: null, url: null };
const now = () => new Date('2026-01-01T00:00:00Z');

const gate = (yaml: string, inputs: { shadow?: string; summaries?: string; b?: string; c?: string }): Promise<Report> =>
  runGate({
    name: 'm',
    config: parseConfig(yaml, 'gate.yml'),
    baselineEval: inputs.b ?? null,
    candidateEval: inputs.c ?? null,
    summaries: inputs.summaries ?? null,
    shadow: inputs.shadow ?? null,
    labels: null,
    run: RUN,
    now,
  });

/** Writes a shadow log's summaries as JSON Lines, as `model-gate summaries --shadow` prints them. */
async function writeShadowSummaries(yaml: string, log: string, path: string): Promise<SummaryRecord[]> {
  const records = encodeShadowSummaries(await shadowSummariesFromLog({ shadow: log }, parseConfig(yaml, 'gate.yml')));
  writeFileSync(path, records.map((r) => JSON.stringify(r)).join('\n'));
  return records;
}

describe('shadow summaries', async () => {
  const log = at('shadow.csv');
  await writeShadowLog(SHADOW_SPEC, log);
  // Some requests served by one model only: drop a few candidate rows.
  const lines = readFileSync(log, 'utf8').split('\n');
  writeFileSync(log, lines.filter((l, i) => !(i > 0 && i % 401 === 0 && l.includes(',candidate,'))).join('\n'));
  const records = await writeShadowSummaries(SHADOW_CONFIG, log, at('shadow.jsonl'));
  const fromLog = await gate(SHADOW_CONFIG, { shadow: log });

  it('from JSON Lines: every check, value, interval and status', async () => {
    const fromSummaries = await gate(SHADOW_CONFIG, { summaries: at('shadow.jsonl') });
    expectSameReport(fromSummaries, fromLog);
    const ids = fromLog.checks.map((c) => c.id);
    // What the comparison covers: bootstrapped latency changes (a p50 override in BR), cost, errors, agreement, PSI, coverage.
    for (const id of [
      'shadow/latency_p99_ms/overall',
      'shadow/latency_p95_ms/region=BR&device=ios',
      'shadow/latency_p50_ms/region=BR',
      'shadow/cost_per_1k/device=web',
      'shadow/error_rate/overall',
      'shadow/agreement/overall/min',
      'shadow/score_psi/region=US/max',
      'integrity/request_coverage/overall',
    ]) {
      expect(ids).toContain(id);
    }
    const p99 = fromLog.checks.find((c) => c.id === 'shadow/latency_p99_ms/overall')!;
    expect(p99.ci).not.toBeNull();
    expect(fromLog.checks.find((c) => c.id === 'integrity/request_coverage/overall')!.candidate).toBeLessThan(1);
    expect(new Set(fromLog.checks.map((c) => c.status)).size).toBeGreaterThan(1);
  });

  it('the bands are small: O(sqrt(n)) units per bootstrapped percentile', () => {
    const units = records.filter((r) => r.kind === 'band_unit' && r.segment === 'overall' && r.key.startsWith('latency_p99_ms/')).length / 3;
    expect(units).toBeGreaterThan(20);
    // Two bands of at most 2 x (6 sd + 3) ranks, sd = sqrt(n p (1 - p)) ~ 5.4 at n ~ 2990.
    expect(units).toBeLessThan(2 * (2 * (6 * Math.sqrt(3000 * 0.0099) + 3) + 1));
  });

  it('from CSV and from Parquet, as a warehouse exports them, records in any order', async () => {
    const shuffled = [...records].reverse();
    const csv = (v: string | null) => (v === null ? '' : `"${v.replaceAll('"', '""')}"`);
    writeFileSync(
      at('shadow.csv.summaries.csv'),
      ['segment,kind,key,value,text', ...shuffled.map((r) => [csv(r.segment), csv(r.kind), csv(r.key), r.value === null ? '' : String(r.value), csv(r.text)].join(','))].join('\n'),
    );
    expectSameReport(await gate(SHADOW_CONFIG, { summaries: at('shadow.csv.summaries.csv') }), fromLog);
    await writeParquet(
      `SELECT * FROM read_json('${at('shadow.jsonl')}', columns = {segment: 'VARCHAR', kind: 'VARCHAR', key: 'VARCHAR', value: 'DOUBLE', text: 'VARCHAR'})`,
      at('shadow.parquet'),
    );
    expectSameReport(await gate(SHADOW_CONFIG, { summaries: at('shadow.parquet') }), fromLog);
  });

  it('cost from priced tokens', async () => {
    const yaml = `columns: { segments: [region] }
statistics: { seed: 2, resamples: 300 }
shadow:
  pricing: { input_per_1k_tokens: 0.0005, output_per_1k_tokens: 0.0015 }
  envelope: { cost_per_1k: { max_increase: 5% }, latency_p99_ms: { max_increase: 10% } }
`;
    const tokens = at('tokens.csv');
    await writeShadowLog({ n: 1500, seed: 4, segments: { region: ['BR', 'US'] }, tokens: { input: 800, output: 200 }, candidate: { costFactor: 1.1 } }, tokens);
    const recs = await writeShadowSummaries(yaml, tokens, at('tokens.jsonl'));
    expect(recs.find((r) => r.kind === 'info' && r.key === 'cost_source')!.text).toBe('tokens');
    const fromTokens = await gate(yaml, { shadow: tokens });
    expect(fromTokens.shadow!.cost_per_1k!.source).toBe('tokens');
    expectSameReport(await gate(yaml, { summaries: at('tokens.jsonl') }), fromTokens);
  });

  it('the default envelope (no shadow section), and with offline summaries in one input (one file per line)', async () => {
    const yaml = 'columns: { segments: [region] }\nstatistics: { seed: 3, resamples: 300 }\nmetrics: { recall: { max_drop: 2pp } }\n';
    const small = at('small.csv');
    await writeShadowLog({ n: 1200, seed: 5, segments: { region: ['BR', 'US'] } }, small);
    await writeShadowSummaries(yaml, small, at('small.jsonl'));
    expectSameReport(await gate(yaml, { summaries: at('small.jsonl') }), await gate(yaml, { shadow: small }));
    await writeEvalPair({ n: 1500, seed: 5, segments: { region: ['BR', 'US'] }, baseRate: 0.3 }, at('b.csv'), at('c.csv'));
    const off = encodeSummaries(await summariesFromRows({ baseline: at('b.csv'), candidate: at('c.csv') }, parseConfig(yaml, 'gate.yml')));
    writeFileSync(at('offline.jsonl'), off.map((r) => JSON.stringify(r)).join('\n'));
    const both = await gate(yaml, { summaries: `${at('offline.jsonl')}\n${at('small.jsonl')}` });
    // From the rows, the eval files and the log together also compare each model's scores across them
    // (skew/output_psi, the data section): that needs the rows, so from summaries the check is listed
    // as not computed (insufficient, never silently left out); everything else is the same.
    const rows = await gate(yaml, { shadow: small, b: at('b.csv'), c: at('c.csv') });
    const skew = both.checks.find((c) => c.id === 'skew/output_psi/overall')!;
    expect(skew).toMatchObject({ status: 'insufficient', source: 'skew' });
    expect(skew.message).toMatch(/^Not computed: the eval pair or the shadow log was given as summaries/);
    expect(rows.checks.find((c) => c.id === 'skew/output_psi/overall')!.status).not.toBe('insufficient');
    const { data: _data, ...rest } = rows;
    const { data: _bothData, ...bothRest } = both;
    const withoutSkew = (r: Report) => r.checks.filter((c) => !c.id.startsWith('skew/'));
    expectSameReport({ ...bothRest, checks: withoutSkew(both), counts: rest.counts } as Report, { ...rest, checks: withoutSkew(rows), config: both.config } as Report);
    expect(both.verdict).toBe(rows.verdict);
    // The CLI takes the files as a repeated --summaries (the last one alone once silently won).
    writeFileSync(at('both.yml'), yaml);
    let json = '';
    await main(
      ['--config', at('both.yml'), '--summaries', at('offline.jsonl'), '--summaries', at('small.jsonl'), '--format', 'json'],
      (x) => (json += x),
      () => {},
    );
    const cli = JSON.parse(json) as Report;
    expect(cli.checks.map((c) => c.id)).toEqual(both.checks.map((c) => c.id));
    expect(cli.checks.some((c) => c.source === 'offline') && cli.checks.some((c) => c.source === 'shadow')).toBe(true);
  });

  it('the CLI: `model-gate summaries --shadow` prints the records, `--summaries` gates from them', async () => {
    writeFileSync(at('gate.yml'), SHADOW_CONFIG);
    let out = '';
    expect(
      await main(
        ['summaries', '--config', at('gate.yml'), '--shadow', log],
        (s: string) => (out += s),
        () => {},
      ),
    ).toBe(0);
    expect(
      out
        .trim()
        .split('\n')
        .map((l) => JSON.parse(l)),
    ).toEqual(records);
    let err = '';
    expect(
      await main(
        ['summaries', '--config', at('gate.yml'), '--shadow', log, '--baseline-eval', log],
        () => {},
        (s: string) => (err += s),
      ),
    ).not.toBe(0);
    expect(err).toMatch(/takes --shadow or --baseline-eval and --candidate-eval, not both/);
    // The gate from them, through the CLI: the same verdict and exit status as from the log.
    writeFileSync(at('cli.jsonl'), out);
    const run = async (args: string[]) => {
      let text = '';
      const code = await main(
        ['--config', at('gate.yml'), '--report-dir', at(`r-${args[0].slice(2)}`), ...args],
        (s: string) => (text += s),
        (s: string) => (text += s),
      );
      return { code, text };
    };
    const a = await run(['--summaries', at('cli.jsonl')]);
    const b = await run(['--shadow', log]);
    expect(a.code).toBe(b.code);
    expect(JSON.parse(readFileSync(join(at('r-summaries'), 'report.json'), 'utf8')).verdict).toBe(fromLog.verdict);
  });

  it('refuses shadow summaries given with the log, with labels, or with shadow.estimate', async () => {
    await expect(gate(SHADOW_CONFIG, { summaries: at('shadow.jsonl'), shadow: log })).rejects.toThrow(/made from a shadow log, and shadow is given too/);
    await expect(gate(`${SHADOW_CONFIG}  estimate: [recall]\n`, { summaries: at('shadow.jsonl'), b: log, c: log })).rejects.toThrow(
      /shadow\.estimate is set, and the shadow log is given as summaries/,
    );
  });

  it('refuses summaries made for another config, naming the setting that differs', async () => {
    const other = SHADOW_CONFIG.replace('    score_psi: { max: 0.1 }\n', '');
    await expect(gate(other, { summaries: at('shadow.jsonl') })).rejects.toThrow(/made for another config: envelope is \[.*"score_psi"\] there, \[.*"latency_p99_ms"\] in this config/);
    await expect(gate(`threshold: 0.6\n${SHADOW_CONFIG}`, { summaries: at('shadow.jsonl') })).rejects.toThrow(/made for another config: threshold is 0.5 there, 0.6 in this config/);
    // A change rule the summaries have no band for: named, with what to do.
    const moreRules = SHADOW_CONFIG.replace('overrides: { "region=BR": { latency_p50_ms: { max_increase: 1% } } }', 'overrides: { "region=DE": { latency_p50_ms: { max_increase: 1% } } }');
    await expect(gate(moreRules, { summaries: at('shadow.jsonl') })).rejects.toThrow(/no latency band for latency_p50_ms in segment region=DE, which this config's change rule on it needs/);
  });

  it('refuses a tampered header and malformed records, naming file and line', async () => {
    const write = (name: string, recs: SummaryRecord[]) => {
      writeFileSync(at(name), recs.map((r) => JSON.stringify(r)).join('\n'));
      return at(name);
    };
    const edit = (f: (r: SummaryRecord[]) => void) => {
      const copy = structuredClone(records);
      f(copy);
      return copy;
    };
    const tampered = edit((r) => {
      r[0].text = r[0].text!.replace('"psi_bins":10', '"psi_bins":12');
    });
    await expect(gate(SHADOW_CONFIG, { summaries: write('t1.jsonl', tampered) })).rejects.toThrow(/t1\.jsonl:1 \(column "text"\): .*the fingerprint .* does not match the header's settings/);
    const twice = edit((r) => r.push({ ...r.find((x) => x.kind === 'sums')! }));
    await expect(gate(SHADOW_CONFIG, { summaries: write('t2.jsonl', twice) })).rejects.toThrow(DataError);
    await expect(gate(SHADOW_CONFIG, { summaries: write('t2.jsonl', twice) })).rejects.toThrow(/t2\.jsonl:\d+ \(column "key"\): sums \d+ of segment .* is given twice/);
    const badUnit = edit((r) => {
      r.find((x) => x.kind === 'band_unit' && x.key.endsWith('/n'))!.value = 0.5;
    });
    await expect(gate(SHADOW_CONFIG, { summaries: write('t3.jsonl', badUnit) })).rejects.toThrow(/band_unit .* expected a whole number above 0/);
    const noBandField = edit((r) =>
      r.splice(
        r.findIndex((x) => x.kind === 'band' && x.key.endsWith('/g3')),
        1,
      ),
    );
    await expect(gate(SHADOW_CONFIG, { summaries: write('t4.jsonl', noBandField) })).rejects.toThrow(/band .* has no g3/);
    const unknownSource = edit((r) => {
      const h = JSON.parse(r[0].text!);
      h.settings.source = 'online';
      r[0].text = JSON.stringify(h);
    });
    await expect(gate(SHADOW_CONFIG, { summaries: write('t5.jsonl', unknownSource) })).rejects.toThrow(/settings\.source is "online"; expected offline or shadow/);
  });
});
