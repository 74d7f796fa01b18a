// Label maturity: which shadow requests are old enough for their label to have
// arrived (`shadow.labels.maturity`, counted back from the log's newest
// timestamp), and the label coverage by request age for the report: per whole
// day of age, the requests and the share of them with a label.
import type { Duration } from '../../config/index.js';
import type { ShadowData } from '../../io/index.js';
import type { ShadowSummary } from '../../report/index.js';

const DAY_MS = 86_400_000;
/** Ages of this many days and more share one last bucket. */
export const MAX_AGE_DAYS = 30;

export type LabelCoverage = NonNullable<ShadowSummary['label_coverage']>;

/** The newest and oldest request time (ms), or null without timestamps. */
function span(times: Float64Array): { newest: number; oldest: number } | null {
  if (times.length === 0) return null;
  let newest = -Infinity;
  let oldest = Infinity;
  for (let k = 0; k < times.length; k++) {
    if (times[k] > newest) newest = times[k];
    if (times[k] < oldest) oldest = times[k];
  }
  return { newest, oldest };
}

/**
 * Per request: 1 when it is at least `maturity` old at the log's newest timestamp; null
 * when every request counts (no maturity set). The reader has already required the
 * timestamp column when a maturity is set.
 * @example matureMask(data, { text: '7d', ms: 7 * 86400000 }) // 1 for requests 7 days or more before the newest
 */
export function matureMask(data: ShadowData, maturity: Duration | undefined): Uint8Array | null {
  const times = data.timestamp;
  if (!maturity || !times) return null;
  const s = span(times);
  const out = new Uint8Array(data.n);
  if (s === null) return out;
  const cutoff = s.newest - maturity.ms;
  for (let k = 0; k < data.n; k++) out[k] = times[k] <= cutoff ? 1 : 0;
  return out;
}

/**
 * The report's label coverage by age, or null without timestamps.
 * @example labelCoverage(data, mask, maturity).by_age[0] // { from_days: 0, to_days: 1, requests, labelled, coverage }
 */
export function labelCoverage(data: ShadowData, mature: Uint8Array | null, maturity: Duration | undefined): LabelCoverage | null {
  const times = data.timestamp;
  if (!times) return null;
  const s = span(times);
  if (s === null) return null;
  const label = data.label;
  const requests = new Float64Array(MAX_AGE_DAYS + 1);
  const labelled = new Float64Array(MAX_AGE_DAYS + 1);
  let matureCount = 0;
  let youngLabelled = 0;
  for (let k = 0; k < data.n; k++) {
    const day = Math.min(MAX_AGE_DAYS, Math.floor((s.newest - times[k]) / DAY_MS));
    const has = label !== null && label[k] === label[k];
    requests[day]++;
    if (has) labelled[day]++;
    if (mature) {
      if (mature[k]) matureCount++;
      else if (has) youngLabelled++;
    }
  }
  const by_age: LabelCoverage['by_age'] = [];
  for (let d = 0; d <= MAX_AGE_DAYS; d++) {
    if (requests[d] === 0) continue;
    by_age.push({ from_days: d, to_days: d < MAX_AGE_DAYS ? d + 1 : null, requests: requests[d], labelled: labelled[d], coverage: labelled[d] / requests[d] });
  }
  return {
    newest: new Date(s.newest).toISOString(),
    oldest: new Date(s.oldest).toISOString(),
    maturity: maturity?.text ?? null,
    mature_requests: mature ? matureCount : null,
    young_labelled: mature ? youngLabelled : null,
    by_age,
  };
}
