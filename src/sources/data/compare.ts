// One feature in one segment, reference vs current, bucket by bucket on the
// reference's fixed bins:
//   numeric:     the reference's deciles, plus `empty`, `sentinel` and `out of range`
//                (outside the reference's overall range; the reference has none there);
//   categorical: the reference's top categories (overall), plus `other` (the rest of
//                the reference's), `new` (never in the reference), `empty`, `sentinel`.
// PSI = sum_k (c_k - r_k) ln(c_k / r_k) over the bucket shares, each share raised
// to at least PSI_FLOOR first (an empty bucket would make the log infinite):
// the same floor as the shadow's score_psi. Beside it the distance a reader
// expects for the type: Kolmogorov-Smirnov D on the fine bins (numeric) and the
// L-infinity distance of the bucket shares (categorical).
import { formatNumber } from '../../metrics/index.js';
import { psiBinLabels } from './bins.js';
import type { Bucket, FeatureProfile, FeatureSegmentView, SegmentProfile } from './types.js';

export const PSI_FLOOR = 1e-4;
/** Categorical features: the reference's most frequent categories that get a bucket each. */
export const TOP_CATEGORIES = 20;

/** PSI over bucket counts (shares floored at PSI_FLOOR); NaN when a side has no rows. */
export function psiOf(buckets: readonly Bucket[]): number {
  let R = 0;
  let C = 0;
  for (const b of buckets) {
    R += b.reference;
    C += b.current;
  }
  if (!(R > 0 && C > 0)) return NaN;
  let out = 0;
  for (const b of buckets) {
    const r = Math.max(b.reference / R, PSI_FLOOR);
    const c = Math.max(b.current / C, PSI_FLOOR);
    out += (c - r) * Math.log(c / r);
  }
  return out;
}

/** Largest gap between the two sides' cumulative shares over ordered counts. */
function ksD(ref: readonly number[], cur: readonly number[]): number {
  const R = ref.reduce((a, b) => a + b, 0);
  const C = cur.reduce((a, b) => a + b, 0);
  if (!(R > 0 && C > 0)) return NaN;
  let a = 0;
  let b = 0;
  let d = 0;
  for (let k = 0; k < ref.length; k++) {
    a += ref[k] / R;
    b += cur[k] / C;
    d = Math.max(d, Math.abs(a - b));
  }
  return d;
}

function linf(buckets: readonly Bucket[]): number {
  const R = buckets.reduce((a, b) => a + b.reference, 0);
  const C = buckets.reduce((a, b) => a + b.current, 0);
  if (!(R > 0 && C > 0)) return NaN;
  return Math.max(...buckets.map((b) => Math.abs(b.current / C - b.reference / R)));
}

const rate = (x: number, n: number): number => (n > 0 ? x / n : NaN);

/** The reference's top categories (overall), most frequent first, ties by value. */
export function topCategories(ref: FeatureProfile): string[] {
  const cats = Object.entries(ref.segments.overall?.categories ?? {});
  cats.sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0));
  return cats.slice(0, TOP_CATEGORIES).map(([k]) => k);
}

/**
 * The comparison of one feature in one segment.
 * @param ref the reference's profile of the feature; `cur` was profiled on its bins and range
 */
export function compareSegment(feature: string, ref: FeatureProfile, cur: FeatureProfile, segment: string, top: string[] = topCategories(ref)): FeatureSegmentView {
  const r: SegmentProfile = ref.segments[segment] ?? { n: 0, nulls: 0, sentinels: 0, counts: [], categories: {} };
  const c: SegmentProfile = cur.segments[segment] ?? { n: 0, nulls: 0, sentinels: 0, counts: [], categories: {} };
  const buckets: Bucket[] = [];
  let distance: FeatureSegmentView['distance'];
  let newRate: number | null = null;
  let outOfRangeRate: number | null = null;
  let fresh: number | null = null;
  let outside: number | null = null;
  if (ref.type === 'numeric') {
    const bins = ref.bins!;
    const labels = psiBinLabels(bins, formatNumber);
    labels.forEach((label) => buckets.push({ label, reference: 0, current: 0 }));
    const rc = r.counts ?? [];
    const cc = c.counts ?? [];
    bins.group.forEach((g, k) => {
      buckets[g].reference += rc[k] ?? 0;
      buckets[g].current += cc[k] ?? 0;
    });
    const below = c.below ?? 0;
    const above = c.above ?? 0;
    buckets.push({ label: 'out of range', special: true, reference: (r.below ?? 0) + (r.above ?? 0), current: below + above });
    distance = { kind: 'ks_d', value: ksD([r.below ?? 0, ...rc, r.above ?? 0], [below, ...cc, above]) };
    outOfRangeRate = rate(below + above, c.n);
    outside = below + above;
  } else {
    const rcat = r.categories ?? {};
    const ccat = c.categories ?? {};
    const inTop = new Set(top);
    const known = ref.segments.overall?.categories ?? {};
    for (const k of top) buckets.push({ label: k, reference: rcat[k] ?? 0, current: ccat[k] ?? 0 });
    const other: Bucket = { label: 'other', special: true, reference: 0, current: 0 };
    const newBucket: Bucket = { label: 'new', special: true, reference: 0, current: 0 };
    for (const [k, v] of Object.entries(rcat)) if (!inTop.has(k)) other.reference += v;
    for (const [k, v] of Object.entries(ccat)) {
      if (inTop.has(k)) continue;
      if (k in known) other.current += v;
      else newBucket.current += v;
    }
    buckets.push(other, newBucket);
    newRate = rate(newBucket.current, c.n);
    fresh = newBucket.current;
  }
  buckets.push({ label: 'empty', special: true, reference: r.nulls, current: c.nulls });
  buckets.push({ label: 'sentinel', special: true, reference: r.sentinels, current: c.sentinels });
  if (ref.type === 'categorical') distance = { kind: 'linf', value: linf(buckets) };
  return {
    feature,
    type: ref.type,
    segment,
    nReference: r.n,
    nCurrent: c.n,
    buckets,
    psi: psiOf(buckets),
    distance: distance!,
    nullRate: [rate(r.nulls, r.n), rate(c.nulls, c.n)],
    sentinelRate: [rate(r.sentinels, r.n), rate(c.sentinels, c.n)],
    newRate,
    outOfRangeRate,
    counts: { nulls: [r.nulls, c.nulls], sentinels: [r.sentinels, c.sentinels], fresh, outside },
  };
}

/** Chance mass of values the reference never had (Good-Turing: categories seen once / rows), overall. */
export function unseenMass(ref: FeatureProfile): number {
  const o = ref.segments.overall;
  if (!o || !o.categories) return 0;
  const n = o.n - o.nulls - o.sentinels;
  if (n <= 0) return 0;
  let once = 0;
  for (const v of Object.values(o.categories)) if (v === 1) once++;
  return once / n;
}

/** Chance that a value from the reference's own distribution falls outside its observed range: 2 / (n + 1). */
export function outsideRangeMass(ref: FeatureProfile): number {
  const o = ref.segments.overall;
  if (!o || !o.counts) return 0;
  const n = o.counts.reduce((a, b) => a + b, 0);
  return n > 0 ? 2 / (n + 1) : 0;
}

/** The reference's overall range of a numeric feature, or undefined when it has no values. */
export function rangeOf(ref: FeatureProfile): [number, number] | undefined {
  const o = ref.segments.overall;
  return o && o.min != null && o.max != null ? [o.min, o.max] : undefined;
}
