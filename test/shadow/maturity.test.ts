// Label maturity: the timestamp column (formats, errors naming file:line:column),
// the maturity cut on the online checks, and the label coverage by age against
// a direct count.
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseConfig } from '../../src/config/parse.js';
import { DataError } from '../../src/errors/index.js';
import { readShadowLog } from '../../src/io/shadow.js';
import { parseTimestamp } from '../../src/io/timestamp.js';
import { runGate } from '../../src/pipeline/index.js';
import { Random } from '../../src/stats/random.js';
import { COLUMNS, errorOf, fixtureDir } from '../io/fixtures.js';

const RUN = { repository: null, commit: null, pull_request: null, url: null };

describe('parseTimestamp', () => {
  it('reads ISO 8601 (with or without zone, fractions, offsets) and epoch seconds', () => {
    expect(parseTimestamp('2025-03-01T00:00:00Z')).toBe(Date.UTC(2025, 2, 1));
    expect(parseTimestamp('2025-03-01')).toBe(Date.UTC(2025, 2, 1));
    expect(parseTimestamp('2025-03-01 02:30:00+02:30')).toBe(Date.UTC(2025, 2, 1));
    expect(parseTimestamp('2025-02-28T23:00:00.250-0100')).toBe(Date.UTC(2025, 2, 1, 0, 0, 0, 250));
    expect(parseTimestamp('1740787200')).toBe(Date.UTC(2025, 2, 1));
    expect(parseTimestamp('1740787200.5')).toBe(Date.UTC(2025, 2, 1) + 500);
  });
  it('says what is wrong otherwise', () => {
    expect(parseTimestamp('2025-02-30')).toBe('is not a real date and time');
    expect(parseTimestamp('1740787200000')).toMatch(/epoch milliseconds/);
    expect(parseTimestamp('yesterday')).toMatch(/^is not a timestamp; expected ISO 8601/);
    expect(parseTimestamp('2025-03-01T25:00:00Z')).toBe('is not a real date and time');
  });
});

const LOG = (ts: string[]) => `request_id,model,latency_ms,score,label,ts\n${ts.map((t, i) => `r${i >> 1},${i % 2 ? 'candidate' : 'baseline'},100,0.7,1,${t}`).join('\n')}\n`;

describe('the timestamp column', () => {
  const opts = (dir: string, needs = {}) => ({
    shadow: join(dir, 'shadow.csv'),
    labels: null,
    columns: { ...COLUMNS, timestamp: 'ts' },
    task: 'binary' as const,
    threshold: 0.5,
    models: { baseline: 'baseline', candidate: 'candidate' },
    pricing: null,
    needs,
  });
  it('is renamed under columns.timestamp; a request takes the earlier of its two rows', async () => {
    const d = await readShadowLog(opts(fixtureDir({ 'shadow.csv': LOG(['2025-03-01T00:00:10Z', '2025-03-01T00:00:00Z', '1740787200', '']) })));
    expect([...d.timestamp!]).toEqual([Date.UTC(2025, 2, 1), Date.UTC(2025, 2, 1)]);
  });
  it('an invalid value is one error naming file, line and column', async () => {
    const dir = fixtureDir({ 'shadow.csv': LOG(['2025-03-01', '2025-03-01', '2025-13-01', '2025-03-01']) });
    const e = (await errorOf(() => readShadowLog(opts(dir)))) as DataError;
    expect(e).toBeInstanceOf(DataError);
    expect(e.message).toBe(`${join(dir, 'shadow.csv')}:4 (column "ts"): "2025-13-01" is not a real date and time`);
  });
  it('a request with no time in either row, and a missing column when the maturity needs it', async () => {
    const dir = fixtureDir({ 'shadow.csv': LOG(['2025-03-01', '2025-03-01', '', '']) });
    expect((await errorOf(() => readShadowLog(opts(dir)))).message).toMatch(/:4 \(column "ts"\): empty value: request "r1" has no time in either row/);
    const none = fixtureDir({ 'shadow.csv': 'request_id,model,latency_ms\nr0,baseline,1\nr0,candidate,1\n' });
    const e = await errorOf(() => readShadowLog(opts(none, { timestamp: 'shadow.labels.maturity is 7d' })));
    expect(e.message).toMatch(/\(column "ts"\): missing required column \(shadow.labels.maturity is 7d; ISO 8601 or epoch seconds per row\)/);
  });
});

describe('maturity and coverage by age through runGate', () => {
  // 600 requests over 12 days; the older a request, the likelier its label has come.
  const rng = new Random('maturity');
  const newest = Date.UTC(2025, 2, 1) / 1000;
  const reqs = Array.from({ length: 600 }, (_, i) => {
    const age = i === 0 ? 0 : rng.uniform() * 12 * 86400;
    const labelled = rng.uniform() < Math.min(1, age / (8 * 86400));
    return { id: `r${i}`, ts: Math.round(newest - age), label: labelled ? (rng.uniform() < 0.4 ? '1' : '0') : '', score: rng.uniform().toFixed(3) };
  });
  const csv = `request_id,model,latency_ms,score,label,timestamp\n${reqs.flatMap((r) => [`${r.id},baseline,100,${r.score},${r.label},${r.ts}`, `${r.id},candidate,100,${r.score},${r.label},${r.ts}`]).join('\n')}\n`;
  const run = (yaml: string) => {
    const dir = fixtureDir({ 'shadow.csv': csv });
    return runGate({
      name: 'm',
      config: parseConfig(yaml, 'test'),
      baselineEval: null,
      candidateEval: null,
      shadow: join(dir, 'shadow.csv'),
      labels: null,
      run: RUN,
      now: () => new Date(0),
    });
  };
  it('online metrics only on requests at least the maturity old; coverage by age equals a direct count', async () => {
    const r = await run('metrics: { recall: {} }\nshadow: { envelope: { latency_p99_ms: { max: 1000 } }, labels: { maturity: 36h } }');
    const cutoff = newest - 36 * 3600;
    const mature = reqs.filter((q) => q.ts <= cutoff);
    expect(r.shadow!.labels.online_requests).toBe(mature.filter((q) => q.label !== '').length);
    const lc = r.shadow!.label_coverage!;
    expect(lc).toMatchObject({ newest: '2025-03-01T00:00:00.000Z', maturity: '36h', mature_requests: mature.length });
    expect(lc.young_labelled).toBe(reqs.filter((q) => q.ts > cutoff && q.label !== '').length);
    for (const b of lc.by_age) {
      const inDay = reqs.filter((q) => Math.floor((newest - q.ts) / 86400) === b.from_days);
      expect(b).toEqual({
        from_days: b.from_days,
        to_days: b.from_days + 1,
        requests: inDay.length,
        labelled: inDay.filter((q) => q.label !== '').length,
        coverage: inDay.filter((q) => q.label !== '').length / inDay.length,
      });
    }
    expect(lc.by_age.reduce((s, b) => s + b.requests, 0)).toBe(600);
    expect(lc.by_age[0].coverage).toBeLessThan(lc.by_age[lc.by_age.length - 1].coverage);
    const all = await run('metrics: { recall: {} }\nshadow: { envelope: { latency_p99_ms: { max: 1000 } } }');
    expect(all.shadow!.labels.online_requests).toBe(reqs.filter((q) => q.label !== '').length);
    expect(all.shadow!.label_coverage!.maturity).toBeNull();
    expect(r.config.shadow).toMatchObject({ labels: { maturity: '36h' } });
  });
});
