// The data checks' section of report.json (`report.data`): per feature and
// segment the drift and health statistics with the buckets both sides fell
// in (for the histograms), the batch-vs-online skew per feature, and the
// request coverage of the skew join. The data checks themselves are in
// `checks` (sources `data` and `skew`). Part of the description in report.ts.
import { array, boolean, count, named, nullable, object, oneOf, pair, text } from './describe.js';
import { finite, share } from './fields.js';

const name = (description: string) => text({ max: 512, description });

const bucket = named(
  'data_bucket',
  object(
    {
      label: name('A value range (numeric), a category, or a bucket of the method (`empty`, `sentinel`, `other`, `new`, `out of range`).'),
      reference: count('Reference rows in the bucket.'),
      current: count('Current rows in the bucket.'),
    },
    { special: boolean('A bucket of the method, not a value range or category.') },
  ),
);

const feature = named(
  'data_feature',
  object({
    feature: name('The feature (column).'),
    type: oneOf(['numeric', 'categorical'] as const, 'Declared or inferred.'),
    segment: text({ max: 1024, description: '`overall`, `column=value`, or crossed.' }),
    n_reference: count('Reference rows in the segment.'),
    n_current: count('Current rows in the segment.'),
    psi: nullable(finite('PSI over `buckets` (null when a side has no rows).')),
    distance: object({ kind: oneOf(['ks_d', 'linf'] as const, 'KS D (numeric) or L-infinity distance (categorical).'), value: nullable(finite('The distance.')) }),
    null_rate: pair(nullable(share('')), { what: '[reference, current]', description: 'Empty or unparsable share, [reference, current].' }),
    sentinel_rate: pair(nullable(share('')), { what: '[reference, current]', description: 'Sentinel share, [reference, current].' }),
    new_rate: nullable(share('Categorical: share of current values the reference never had.')),
    out_of_range_rate: nullable(share("Numeric: share of current values outside the reference's range.")),
    buckets: array(bucket, { max: 1000, description: 'The buckets of the PSI, in order.' }),
  }),
);

const skew = named(
  'data_skew',
  object({
    feature: name('The feature.'),
    segment: text({ max: 1024, description: '`overall`, `column=value`, or crossed.' }),
    n: count('Requests in both the batch and the online features.'),
    mismatches: count('Requests whose online value differs from the batch value beyond `data.tolerance`.'),
    online_missing: count('Requests with a batch value whose online value is empty or a sentinel.'),
    mean_difference: nullable(finite('Numeric: mean of online - batch where both have a value.')),
    examples: array(text({ max: 256 }), { max: 5, description: 'Up to five request ids that differ.' }),
  }),
);

export const dataSection = object(
  {
    features: array(feature, { max: 100_000, description: 'Reference vs current, per feature and segment.' }),
    skew: array(skew, { max: 100_000, description: 'Batch vs online, per feature and segment.' }),
    coverage: nullable(object({ batch: count('Batch rows.'), online: count('Online rows.'), matched: count('Request ids in both.') }), 'The skew join; null without skew inputs.'),
  },
  {},
  { description: "What the data checks compared, for the report's data section and histograms. The checks are in `checks` (sources `data`, `skew`)." },
);
