// The shadow comparison's summary in report.json (`report.shadow`): latency,
// cost, errors, labels and value for money, overall. Part of the description in report.ts.
import { array, boolean, count, named, nullable, number, object, oneOf, pair, text } from './describe.js';
import { finite, line, share } from './fields.js';

const percentiles = named(
  'latency_percentiles',
  object({ p50: finite('ms'), p95: finite('ms'), p99: finite('ms') }, {}, { description: 'Latency percentiles in ms (type-7 quantiles, exact).' }),
);

const changeFields = {
  baseline: finite('The baseline model.'),
  candidate: finite('The candidate model.'),
  delta: finite('candidate - baseline.'),
  relative: nullable(finite('delta / baseline; null when the baseline is 0.')),
};
const change = named('change', object(changeFields, {}, { description: 'A value of each model with its change.' }));

const valueForMoney = object(
  {
    metric: text({ max: 256, oneLine: true, description: 'The metric (`shadow.value_for_money.metric`, else the first configured metric measured).' }),
    source: oneOf(['offline', 'online'] as const, 'Where the lift was measured: the eval files, or the labelled shadow requests.'),
    baseline: finite('The baseline model.'),
    candidate: finite('The candidate model.'),
    lift: finite("The improvement in the metric's better direction, in its units: positive is better."),
    cost_per_1k: nullable(change),
    latency_p99_ms: nullable(change),
    cost_per_point: nullable(finite('Extra USD per 1,000 requests per point (0.01) of lift; null when the cost did not rise or there is no lift.')),
  },
  {
    saving_per_1k: nullable(
      finite(
        "With an expected_cost in money (per-example costs, `costs.unit: usd`): the candidate's expected saving in USD per 1,000 requests, (baseline - candidate) x 1,000, negative when it costs more; absent otherwise.",
      ),
    ),
  },
  { description: "The candidate's metric lift next to what it costs (overall)." },
);

const ageBucket = object(
  {
    from_days: count('Age of the youngest requests in the bucket, in whole days before the newest timestamp.'),
    to_days: nullable(count('The bucket holds ages below this many days; null for the last, open bucket.')),
    requests: count('Paired requests of that age.'),
    labelled: count('... of which have a label.'),
    coverage: share('labelled / requests.'),
  },
  {},
  { description: 'Requests of one age (whole days before the newest timestamp) and how many have their label.' },
);

const labelCoverage = object(
  {
    newest: text({ max: 64, oneLine: true, description: "The log's newest request time (ISO 8601, UTC): ages count back from it." }),
    oldest: text({ max: 64, oneLine: true, description: "The log's oldest request time (ISO 8601, UTC)." }),
    maturity: nullable(text({ max: 32, oneLine: true, description: '`shadow.labels.maturity` as written; null when not set.' })),
    mature_requests: nullable(count('Requests at least `maturity` old (the only ones the online checks read); null without a maturity.')),
    young_labelled: nullable(count('Labelled requests younger than `maturity`, left out of the online checks; null without a maturity.')),
    by_age: array(ageBucket, { max: 64, description: 'Per day of age, youngest first; days without requests left out; ages of 30 days and more in one last bucket.' }),
  },
  {},
  { description: "Label coverage by request age, from the log's `timestamp` column: whether the labels that exist are representative." },
);

const estimateComparison = object(
  {
    metric: text({ max: 64, oneLine: true, description: 'The estimated metric.' }),
    model: oneOf(['baseline', 'candidate'] as const, 'Which model.'),
    requests: count("Labelled requests compared (the online checks' requests)."),
    measured: nullable(finite('The metric measured on their labels; null where undefined.')),
    estimate: nullable(finite('The estimate on the same requests from calibrated scores; null where undefined.')),
    ci: nullable(pair(number(), { what: 'null or [low, high]' }), "The estimate's interval, outcomes drawn as the calibration says."),
    agrees: boolean('Whether the measured value lies within the interval: false is a sign the score-outcome relation changed (concept drift).'),
  },
  {},
  { description: 'An estimate checked against the labels that exist.' },
);

const estimateSummary = object(
  {
    metrics: array(text({ max: 64, oneLine: true }), { max: 8, description: '`shadow.estimate`.' }),
    requests: count('Requests estimated: without a label (or younger than the maturity), both models succeeded and scored.'),
    calibration_examples: count("Eval examples each model's scores were calibrated on (isotonic regression)."),
    assumption: text({ max: 512, description: 'What the estimates assume, for people.' }),
    comparisons: array(estimateComparison, { max: 16, description: 'Overall, where labelled requests exist: estimate against measured value, per metric and model.' }),
  },
  {},
  { description: 'Metrics estimated without labels (confidence-based performance estimation); the checks are in `checks` (source `estimated`).' },
);

export const shadowSummary = object(
  {
    requests: count("Requests served by both models: the comparison's n."),
    models: object({ baseline: line('The baseline model as the log names it.'), candidate: line('The candidate model as the log names it.') }),
    latency: nullable(
      object({ requests: count('Requests with both latencies.'), baseline: percentiles, candidate: percentiles }),
      'Over the requests with both latencies; null when there are none.',
    ),
    cost_per_1k: nullable(
      object({ ...changeFields, source: oneOf(['cost_usd', 'tokens'] as const, 'Where the cost came from.') }),
      'USD per 1,000 requests, from `cost_usd` or priced tokens; null when the log has no cost.',
    ),
    error_rate: nullable(change, 'Share of failed requests; null when the log has no error column.'),
    labels: object({
      labelled: count('Paired requests with a label.'),
      coverage: share('Their share of all paired requests.'),
      from_log: count('Labels from the log.'),
      from_file: count('Labels from the labels input.'),
      file_rows: nullable(count('Rows of the labels input; null without one.')),
      file_unmatched: nullable(count('Rows of the labels input naming no paired request; null without one.')),
      online_requests: count("Labelled requests where both models succeeded: the online checks' n overall."),
      skipped_metrics: array(text({ max: 512 }), { max: 100, description: 'Configured metrics not measured online, each with the reason.' }),
    }),
    value_for_money: nullable(valueForMoney),
  },
  {
    label_coverage: nullable(labelCoverage, 'Present when the log has a `timestamp` column.'),
    estimate: nullable(estimateSummary, 'Present when `shadow.estimate` is set.'),
  },
  { description: 'The shadow comparison in brief, overall. The envelope checks themselves are in `checks` (source `shadow`).' },
);
