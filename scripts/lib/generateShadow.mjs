// Seeded synthetic shadow logs (one row per request per model) with planted
// effects, for the tests and the bench: every generated log is reproducible
// from its spec.
import { mulberry32, normal, writeLines } from './generate.mjs';

const sigmoid = (x) => 1 / (1 + Math.exp(-x));

function cumulative(spec) {
  const cols = Object.keys(spec.segments ?? {});
  return cols.map((c) => {
    const w = spec.weights?.[c] ?? spec.segments[c].map(() => 1);
    const total = w.reduce((a, b) => a + b, 0);
    let acc = 0;
    return [c, w.map((x) => (acc += x / total))];
  });
}

/**
 * The requests of a shadow run, both models' values per request.
 * @param {import('./generateShadow.d.mts').ShadowSpec} o
 * @returns {Generator<import('./generateShadow.d.mts').ShadowRequest>}
 */
export function* shadowRequests(o) {
  const rand = mulberry32(o.seed);
  const cum = cumulative(o);
  const lat = { median: 120, sigma: 0.35, rho: 0.7, ...(o.latency ?? {}) };
  const mu = Math.log(lat.median);
  const indep = Math.sqrt(1 - lat.rho * lat.rho);
  const cost = { perRequest: 0.0004, sigma: 0.3, ...(o.cost ?? {}) };
  const base = { errorRate: 0.01, ...(o.baseline ?? {}) };
  const cand = { latencyFactor: 1, costFactor: 1, errorRate: base.errorRate, scoreShift: 0, ...(o.candidate ?? {}) };
  const effects = o.effects ?? [];
  const baseRate = o.baseRate ?? 0.2;
  for (let i = 0; i < o.n; i++) {
    const seg = {};
    for (const [c, w] of cum) {
      const u = rand();
      const k = w.findIndex((x) => u < x);
      seg[c] = o.segments[c][k === -1 ? w.length - 1 : k];
    }
    let latencyFactor = cand.latencyFactor;
    let costFactor = cand.costFactor;
    let scoreShift = cand.scoreShift;
    for (const e of effects) {
      if (!Object.entries(e.where).every(([k, v]) => seg[k] === v)) continue;
      latencyFactor *= e.latencyFactor ?? 1;
      costFactor *= e.costFactor ?? 1;
      scoreShift += e.scoreShift ?? 0;
    }
    const shared = normal(rand);
    const latB = Math.exp(mu + lat.sigma * (lat.rho * shared + indep * normal(rand)));
    const latC = latencyFactor * Math.exp(mu + lat.sigma * (lat.rho * shared + indep * normal(rand)));
    const sharedCost = normal(rand);
    const costB = cost.perRequest * Math.exp(cost.sigma * sharedCost - (cost.sigma * cost.sigma) / 2);
    const costC = costB * costFactor;
    const label = rand() < baseRate ? 1 : 0;
    const z = label ? 1 : -1;
    const s0 = normal(rand);
    const scoreB = sigmoid(-0.4 + z * 1.1 + 0.8 * s0 + 0.6 * normal(rand));
    const scoreC = sigmoid(-0.4 + z * 1.1 + scoreShift + 0.8 * s0 + 0.6 * normal(rand));
    const errB = rand() < base.errorRate ? 1 : 0;
    const errC = rand() < cand.errorRate ? 1 : 0;
    const labelled = rand() < (o.labelShare ?? 0);
    yield {
      id: `req-${String(i).padStart(7, '0')}`,
      seg,
      label,
      labelled,
      baseline: { latency: latB, cost: costB, score: scoreB, error: errB },
      candidate: { latency: latC, cost: costC, score: scoreC, error: errC },
    };
  }
}

/**
 * Writes a shadow log CSV (baseline row then candidate row per request) and, with
 * `labelsPath`, the labels of the labelled requests to a separate `request_id,label` file
 * instead of a label column.
 * @returns the number of requests
 */
export async function writeShadowLog(o, path, labelsPath = null) {
  const cols = Object.keys(o.segments ?? {});
  const tokens = o.tokens ?? null;
  const labelColumn = (o.labelShare ?? 0) > 0 && labelsPath === null;
  const header = ['request_id', 'model', 'score', 'latency_ms', ...(tokens ? ['input_tokens', 'output_tokens'] : ['cost_usd']), 'error', ...(labelColumn ? ['label'] : []), ...cols];
  const labels = [];
  const perRequest = o.cost?.perRequest ?? 0.0004;
  const line = (r, model, m) => {
    const costFields = tokens ? [Math.round((m.cost / perRequest) * tokens.input), Math.round((m.cost / perRequest) * tokens.output)] : [m.cost.toFixed(8)];
    return [
      r.id,
      model,
      m.error ? '' : m.score.toFixed(6),
      m.latency.toFixed(2),
      ...costFields,
      m.error ? 'true' : 'false',
      ...(labelColumn ? [r.labelled ? r.label : ''] : []),
      ...cols.map((c) => r.seg[c]),
    ].join(',');
  };
  const models = o.models ?? { baseline: 'baseline', candidate: 'candidate' };
  let n = 0;
  await writeLines(
    path,
    (function* () {
      yield header.join(',');
      for (const r of shadowRequests(o)) {
        n++;
        if (labelsPath !== null && r.labelled) labels.push(`${r.id},${r.label}`);
        yield line(r, models.baseline, r.baseline);
        yield line(r, models.candidate, r.candidate);
      }
    })(),
  );
  if (labelsPath !== null) await writeLines(labelsPath, ['request_id,label', ...labels]);
  return n;
}
