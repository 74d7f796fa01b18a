// Reading the shadow log: pairing by request id, the integrity problems it must name,
// token pricing, and labels from the log and from the labels input.
import { describe, expect, it } from 'vitest';
import { join } from 'node:path';
import type { Columns } from '../../src/config/types.js';
import { ConfigError, DataError } from '../../src/errors/index.js';
import { readShadowLog, type ShadowReadOptions } from '../../src/io/shadow.js';
import { COLUMNS, errorOf, fixtureDir } from '../io/fixtures.js';

const LOG = `request_id,model,score,latency_ms,cost_usd,error,region
r1,baseline,0.9,100,0.001,false,BR
r1,candidate,0.8,120,0.002,false,BR
r2,candidate,0.2,130,0.002,false,US
r2,baseline,0.3,90,0.001,false,US
r3,baseline,0.6,95,0.001,true,US
r3,candidate,0.4,,0.002,true,US
r4,baseline,0.1,80,0.001,false,US
`;

function options(dir: string, over: Partial<ShadowReadOptions> = {}, columns: Partial<Columns> = {}): ShadowReadOptions {
  return {
    shadow: join(dir, 'shadow.csv'),
    labels: null,
    columns: { ...COLUMNS, segments: ['region'], ...columns },
    task: 'binary',
    threshold: 0.5,
    models: { baseline: 'baseline', candidate: 'candidate' },
    pricing: null,
    needs: {},
    ...over,
  };
}

async function read(log: string, over: Partial<ShadowReadOptions> = {}, files: Record<string, string> = {}, columns: Partial<Columns> = {}) {
  const dir = fixtureDir({ 'shadow.csv': log, ...files });
  return readShadowLog(options(dir, over, columns));
}

async function dataError(log: string, over: Partial<ShadowReadOptions> = {}, files: Record<string, string> = {}): Promise<DataError> {
  const dir = fixtureDir({ 'shadow.csv': log, ...files });
  const e = await errorOf(() => readShadowLog(options(dir, over)));
  expect(e).toBeInstanceOf(DataError);
  return e as DataError;
}

describe('pairing the rows of each request', () => {
  it('pairs by request id whatever the row order, in order of first appearance, and counts the unpaired', async () => {
    const d = await read(LOG, { needs: { decision: 'agreement is in shadow.envelope' } });
    expect(d.n).toBe(3);
    expect([...d.baseline.latency]).toEqual([100, 90, 95]);
    // r3's candidate failed without a latency: NaN, kept (the percentiles leave the request out).
    expect([...d.candidate.latency]).toEqual([120, 130, NaN]);
    expect([...d.baseline.cost!]).toEqual([0.001, 0.001, 0.001]);
    expect([...d.candidate.error!]).toEqual([0, 0, 1]);
    expect([...d.candidate.score!]).toEqual([0.8, 0.2, 0.4]);
    expect([...d.candidate.decision!]).toEqual([1, 0, 0]);
    expect(d.segments[0]).toMatchObject({ name: 'region', values: ['BR', 'US'] });
    expect([...d.segments[0].codes]).toEqual([0, 1, 1]);
    expect(d.integrity).toMatchObject({ rows: 7, baselineRows: 4, candidateRows: 3, requests: 4, paired: 3, onlyBaseline: 1, onlyCandidate: 0 });
    expect(d.integrity.coverage).toBeCloseTo(0.75, 12);
    expect(d.integrity.examplesOnlyBaseline).toEqual(['"r4"']);
    expect(d.costSource).toBe('cost_usd');
    expect(d.label).toBeNull();
  });

  it('reads JSON Lines and renamed columns and model names the same way', async () => {
    const jsonl = [
      { rid: 'a', who: 'prod', score: 0.9, lat: 10, cost_usd: 0.5, error: false, region: 'X' },
      { rid: 'a', who: 'next', score: 0.1, lat: 12, cost_usd: 0.6, error: false, region: 'X' },
    ]
      .map((o) => JSON.stringify(o))
      .join('\n');
    const dir = fixtureDir({ 'shadow.jsonl': jsonl });
    const d = await readShadowLog({
      ...options(dir, { models: { baseline: 'prod', candidate: 'next' } }, { request_id: 'rid', model: 'who', latency_ms: 'lat' }),
      shadow: join(dir, 'shadow.jsonl'),
    });
    expect(d.n).toBe(1);
    expect([...d.candidate.latency]).toEqual([12]);
    expect([...d.candidate.cost!]).toEqual([0.6]);
  });

  it('names a second row of the same request and model, with both lines', async () => {
    const e = await dataError(`${LOG}r2,candidate,0.2,131,0.002,false,US\n`);
    expect(e.message).toBe(`${e.file}:9 (column "request_id"): request "r2" has a second row for model "candidate", first seen on line 4; each request needs exactly one row per model`);
  });

  it('names an unknown model value, the values seen and shadow.models', async () => {
    const e = await dataError(LOG.replace('r2,baseline', 'r2,prod'));
    expect(e.line).toBe(5);
    expect(e.column).toBe('model');
    expect(e.detail).toMatch(
      /^"prod" is neither the baseline \("baseline"\) nor the candidate \("candidate"\); the log's models are "baseline", "candidate", "prod": name them under shadow.models/,
    );
  });

  it('refuses a missing latency on a request that did not fail, naming file, line and column', async () => {
    const e = await dataError(LOG.replace('r2,baseline,0.3,90,', 'r2,baseline,0.3,,'));
    expect(e.message).toBe(`${e.file}:5 (column "latency_ms"): empty value; expected the serving latency in ms (only a row with error=true, a failed request, may leave it empty)`);
  });

  it('refuses a negative latency and a non-numeric one', async () => {
    expect((await dataError(LOG.replace(',90,', ',-1,'))).detail).toBe('-1 is out of range; expected a latency in ms, 0 or more');
    expect((await dataError(LOG.replace(',90,', ',fast,'))).detail).toBe('"fast" is not a number');
  });

  it('refuses segment values that differ between the two rows of a request', async () => {
    const e = await dataError(LOG.replace('r1,candidate,0.8,120,0.002,false,BR', 'r1,candidate,0.8,120,0.002,false,US'));
    expect(e.line).toBe(3);
    expect(e.detail).toMatch(/^request "r1" has region "US" here but "BR" in its baseline row \(.*shadow\.csv:2\)/);
  });

  it('fails when no request was served by both models', async () => {
    const e = await dataError('request_id,model,latency_ms,region\nr1,baseline,10,X\nr2,candidate,12,X\n');
    expect(e.detail).toBe('no request was served by both models (1 baseline rows, 1 candidate rows); each request id needs one row per model');
  });

  it('fails on an empty log and a missing required column with a "did you mean"', async () => {
    expect((await dataError('request_id,model,latency_ms,region\n')).detail).toMatch(/the shadow log has no rows/);
    const e = await dataError(LOG.replace('latency_ms', 'latency'));
    expect(e.column).toBe('latency_ms');
    expect(e.detail).toMatch(/missing required column; did you mean "latency"\?/);
  });
});

describe('columns the rules need', () => {
  it('cost: cost_usd, or tokens priced with shadow.pricing', async () => {
    const tokens = `request_id,model,latency_ms,input_tokens,output_tokens,region
r1,baseline,10,1000,200,X
r1,candidate,12,1500,400,X
`;
    const d = await read(tokens, { pricing: { inputPer1kTokens: 0.0005, outputPer1kTokens: 0.0015 }, needs: { cost: 'cost_per_1k is in shadow.envelope' } });
    // 1000/1000 * 0.0005 + 200/1000 * 0.0015 = 0.0008; 1.5 * 0.0005 + 0.4 * 0.0015 = 0.00135
    expect(d.baseline.cost![0]).toBeCloseTo(0.0008, 15);
    expect(d.candidate.cost![0]).toBeCloseTo(0.00135, 15);
    expect(d.costSource).toBe('tokens');

    const dir = fixtureDir({ 'shadow.csv': tokens });
    const e = await errorOf(() => readShadowLog(options(dir, { needs: { cost: 'cost_per_1k is in shadow.envelope' } })));
    expect(e).toBeInstanceOf(ConfigError);
    expect((e as ConfigError).issues[0].path).toBe('shadow.pricing');
    expect((e as ConfigError).issues[0].message).toMatch(/has no cost_usd column, only input_tokens\/output_tokens, and cost_per_1k is in shadow.envelope: set shadow.pricing/);

    const none = await dataError('request_id,model,latency_ms,region\nr1,baseline,10,X\nr1,candidate,12,X\n', { needs: { cost: 'cost_per_1k is in shadow.envelope' } });
    expect(none.column).toBe('cost_usd');
    expect(none.detail).toMatch(/^missing required column \(cost_per_1k is in shadow.envelope; or give input_tokens and output_tokens with shadow.pricing\)/);
  });

  it('an empty cost on a failed request counts as 0; on a served one it is an error', async () => {
    const d = await read(LOG.replace('r3,candidate,0.4,,0.002,true', 'r3,candidate,0.4,,,true'));
    expect(d.candidate.cost![2]).toBe(0);
    const e = await dataError(LOG.replace('r1,candidate,0.8,120,0.002', 'r1,candidate,0.8,120,'));
    expect(e.detail).toMatch(/^empty value; expected the cost in USD \(only a row with error=true/);
  });

  it('error, score and decision columns when error_rate, score_psi or agreement need them', async () => {
    const bare = 'request_id,model,latency_ms,cost_usd,region\nr1,baseline,10,1,X\nr1,candidate,12,1,X\n';
    expect((await dataError(bare, { needs: { error: 'error_rate is in shadow.envelope' } })).detail).toMatch(
      /^missing required column \(error_rate is in shadow.envelope; true\/false or 1\/0 per row\)/,
    );
    expect((await dataError(bare, { needs: { score: 'score_psi is in shadow.envelope' } })).column).toBe('score');
    expect((await dataError(bare, { needs: { decision: 'agreement is in shadow.envelope' } })).detail).toMatch(/a "prediction" column also works/);
    // Without the columns and without rules needing them: read, nothing measured from them.
    const d = await read(bare);
    expect(d.baseline.error).toBeNull();
    expect(d.baseline.score).toBeNull();
  });

  it('binary decisions from a prediction column, else score >= threshold', async () => {
    const log = `request_id,model,score,prediction,latency_ms,region
r1,baseline,0.9,0,10,X
r1,candidate,0.2,1,12,X
`;
    const d = await read(log, { needs: { decision: 'agreement is in shadow.envelope' } });
    expect([...d.baseline.decision!, ...d.candidate.decision!]).toEqual([0, 1]);
    const e = await dataError(log.replace('0.2,1,', '0.2,maybe,'), { needs: { decision: 'agreement' } });
    expect(e.detail).toBe('"maybe" is not a binary value; expected 0/1 or true/false');
    expect(e.line).toBe(3);
  });
});

describe('labels', () => {
  const withLabels = `request_id,model,score,latency_ms,label,region
r1,baseline,0.9,10,1,X
r1,candidate,0.8,12,,X
r2,baseline,0.1,10,,X
r2,candidate,0.2,12,,X
r3,baseline,0.1,10,,X
r3,candidate,0.2,12,,X
`;

  it('from the log (either row of a request) and from the labels file, with coverage counts', async () => {
    const dir = fixtureDir({ 'shadow.csv': withLabels, 'labels.csv': 'request_id,label\nr2,0\nr9,1\nr1,1\n' });
    const data = await readShadowLog(options(dir, { labels: join(dir, 'labels.csv') }));
    expect([...data.label!]).toEqual([1, 0, NaN]);
    expect(data.labels).toMatchObject({ labelled: 2, fromLog: 1, fromFile: 1, fileRows: 3, fileUnmatched: 1 });
    // Labels make the decisions needed (online metrics).
    expect([...data.candidate.decision!]).toEqual([1, 0, 0]);
  });

  it('refuses labels that disagree between the two rows, or between the log and the labels file', async () => {
    const e = await dataError(withLabels.replace('r1,candidate,0.8,12,,X', 'r1,candidate,0.8,12,0,X'));
    expect(e.detail).toMatch(/^request "r1" has label 0 here but 1 in its baseline row/);
    const dir = fixtureDir({ 'shadow.csv': withLabels, 'labels.csv': 'request_id,label\nr1,0\n' });
    const f = await errorOf(() => readShadowLog(options(dir, { labels: join(dir, 'labels.csv') })));
    expect(f.message).toMatch(/labels\.csv:2 \(column "label"\): request "r1" has label 0 here but 1 in the shadow log \(.*shadow\.csv:2\); the two must agree$/);
  });

  it('refuses a request id twice in the labels file', async () => {
    const dir = fixtureDir({ 'shadow.csv': withLabels, 'labels.csv': 'request_id,label\nr1,1\nr1,1\n' });
    const e = await errorOf(() => readShadowLog(options(dir, { labels: join(dir, 'labels.csv') })));
    expect(e.message).toMatch(/labels\.csv:3 \(column "request_id"\): duplicate request_id "r1", first seen on line 2/);
  });

  it('multiclass: class names from predictions, labels and the labels file, sorted', async () => {
    const log = `request_id,model,prediction,latency_ms,label,region
r1,baseline,cat,10,dog,X
r1,candidate,dog,12,,X
r2,baseline,cat,10,,X
r2,candidate,cat,12,,X
`;
    const dir = fixtureDir({ 'shadow.csv': log, 'labels.csv': 'request_id,label\nr2,bird\n' });
    const d = await readShadowLog(options(dir, { task: 'multiclass', labels: join(dir, 'labels.csv') }));
    expect(d.classes).toEqual(['bird', 'cat', 'dog']);
    expect([...d.label!]).toEqual([2, 0]);
    expect([...d.baseline.decision!]).toEqual([1, 1]);
    expect([...d.candidate.decision!]).toEqual([2, 1]);
  });
});

describe('requestCodes', () => {
  it('codes in order of first appearance, equal ids equal codes, growing past its first size', async () => {
    const { requestCodes } = await import('../../src/io/shadow.js');
    const ids = Array.from({ length: 50 }, (_, i) => `r${i % 37}`);
    const { codes, values } = requestCodes(ids);
    expect(values).toEqual(Array.from({ length: 37 }, (_, i) => `r${i}`));
    expect([...codes]).toEqual(ids.map((id) => Number(id.slice(1))));
    // All distinct: the table doubles along the way.
    const many = Array.from({ length: 5000 }, (_, i) => `id-${i}`);
    const r = requestCodes(many);
    expect(r.values).toEqual(many);
    expect([...r.codes]).toEqual(many.map((_, i) => i));
  });
});
