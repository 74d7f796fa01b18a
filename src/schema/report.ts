// report.json as data: every field with its type, bounds and meaning. The
// TypeScript types (types.ts), the strict from-report validator (validate.ts)
// and the published JSON Schema (json-schema.ts, schema/report.schema.json) are
// all derived from this one description.
import { array, boolean, count, literal, named, nullable, number, object, oneOf, pair, show, text, type Ctx } from './describe.js';
import { freeObject } from './free.js';
import { finite, line, login, MAX_NAME, MAX_TEXT, message, metricName, nonEmpty, share } from './fields.js';
import { dataSection } from './data.js';
import { shadowSummary } from './shadow.js';
import { countChecks, legacyVerdictOf, verdictOf } from './verdict.js';

export const REPORT_SCHEMA = 'model-release-gate/report@1';
export { MAX_NAME, MAX_TEXT };
/**
 * At most this many checks: the gate refuses a run with more (one config error naming
 * columns.segments), so from-report accepts every report the gate writes. 500,000 checks
 * (100,000 segment values x 5 rules) make a report.json of about 330 MB.
 */
export const MAX_CHECKS = 500_000;
/** At most this many input files per input (the gate refuses more). */
export const MAX_FILES = 100_000;
/** Free-form parts (`config`): at most this deep and this many values. */
export const MAX_DEPTH = 32;
export const MAX_VALUES = 100_000;
/**
 * The largest `budget_used`: JSON has no infinity, so a rule that allows nothing
 * (a zero tolerance or limit) and is exceeded uses this much, and so does any share above it.
 */
export const BUDGET_USED_MAX = 1e6;

export const VERDICTS = ['pass', 'warn', 'fail', 'overridden'] as const;
export const STATUSES = ['pass', 'warn', 'fail', 'insufficient'] as const;
export const SOURCES = ['offline', 'shadow', 'online', 'integrity', 'data', 'skew', 'estimated'] as const;
export const SEVERITIES = ['fail', 'warn'] as const;
export const RULE_KINDS = ['change', 'min', 'max'] as const;
/** Repository roles as src/github/override.ts reports them (`none` for a non-collaborator). */
export const ROLES = ['read', 'triage', 'write', 'maintain', 'admin', 'none'] as const;

const REPOSITORY = /^[A-Za-z0-9_.-]{1,100}\/[A-Za-z0-9_.-]{1,100}$/;
const COMMIT = /^(?:[0-9a-f]{40}|[0-9a-f]{64})$/;
const TIMESTAMP = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(?:\.\d{1,9})?Z$/;
const ID_SUFFIX = /^[a-z][a-z0-9_]{0,31}$/;
const HTTP_URL = /^https?:\/\/\S+$/;

const interval = (description: string) =>
  nullable(
    pair(number(), {
      what: 'null or [low, high]',
      check: ([lo, hi], path, ctx) => {
        if (lo > hi) ctx.fail(path, `is [${lo}, ${hi}]: the low end must not exceed the high end`);
      },
    }),
    description,
  );
const ci = interval('Interval of the delta at `statistics.confidence`, [low, high]; null where no test ran.');

/** One judged comparison: one rule on one metric in one segment. */
export const CHECK = named(
  'check',
  object(
    {
      id: nonEmpty('`source/metric/segment`, plus `/kind` where one metric has several rules (e.g. `/min`). Unique in the report.', 2 * MAX_TEXT),
      source: oneOf(
        SOURCES,
        'Which comparison made the check: the eval files, the shadow log, its labelled requests (online), the soundness of the comparison itself (integrity), the features reference -> current (data), batch vs online features and offline vs online model output (skew), or metrics estimated on the unlabelled shadow requests from calibrated scores (estimated).',
      ),
      metric: metricName('The metric (or integrity property) judged.'),
      segment: nonEmpty('`overall`, `column=value`, or crossed `a=x&b=y`.'),
      n: nullable(count(), 'Examples (or requests) behind the values; null for checks that count nothing.'),
      baseline: nullable(finite("The baseline model's value, in the metric's units.")),
      candidate: nullable(finite("The candidate model's value, in the metric's units.")),
      delta: nullable(finite('candidate - baseline.')),
      ci,
      p_value: nullable(share('One-sided p-value for "the worsening exceeds the tolerance".')),
      p_adjusted: nullable(share("p_value after the run's multiple-testing correction.")),
      rule: nullable(text({ max: 256, description: 'The rule as written, e.g. `max_drop 1pp`, `min 0.8`; for people (renderers read the structured fields below).' })),
      status: oneOf(STATUSES, 'The decision: a breach is `fail` only when significant after correction; `insufficient` where there was too little data to judge.'),
      severity: oneOf(SEVERITIES, '`warn` when the rule is advisory (`severity: warn`): a breach is a warning, never a failure.'),
      higher_is_better: nullable(boolean('Whether higher values of the metric are better; null where it does not apply.')),
      detectable: nullable(number({ min: 0, description: "The smallest worsening (in the metric's units, positive) the test would detect with 80% power; null where no test ran." })),
      message: message('One sentence for people.'),
    },
    {
      tolerance: nullable(
        number({
          min: 0,
          description:
            "The worsening a change rule allows, in the metric's units (a relative tolerance applied to the baseline's value); null for other checks. Absent in checks built before it existed.",
        }),
      ),
      rule_kind: nullable(
        oneOf(
          RULE_KINDS,
          'Which kind of rule `rule` is: `change` (max_drop / max_increase: the allowance is `tolerance`), `min` or `max` (a bound `limit` on the candidate); null for checks with neither. Absent in reports from before it.',
        ),
      ),
      limit: nullable(finite("The bound a `min` or `max` rule sets on the candidate, in the metric's units; null for other checks. Absent in reports from before it.")),
      worsening: nullable(
        finite(
          "How much worse the candidate is than the baseline, in the metric's units: positive is worse, negative better (`bias` by its absolute value); null without both values. Absent in reports from before it.",
        ),
      ),
      budget_used: nullable(
        number({
          min: 0,
          max: BUDGET_USED_MAX,
          description: `The share of the rule's allowance the candidate uses: 0 no worse than the baseline (or far from the limit), 1 exactly at the limit, above 1 beyond it (a change: worsening / tolerance; max: candidate / limit; min: limit / candidate). At most ${BUDGET_USED_MAX}, which a rule that allows nothing and is exceeded uses (JSON has no infinity). Null where the check has no single allowance or a value it needs is missing. Absent in reports from before it.`,
        }),
      ),
      noise_floor: nullable(
        number({ min: 0, description: 'Data checks: the value the statistic would show with no drift (or no skew) at this n, at `statistics.confidence`. Absent on other checks.' }),
      ),
      inconclusive: boolean(
        'Beyond the limit or tolerance on its point estimate but without evidence: data checks within the sampling noise (listed with its noise floor); model change checks not significant even before the correction (listed with `detectable`). Always a pass. Absent on other checks.',
      ),
      baseline_ci: interval("Estimated checks: the interval of the baseline's estimate at `statistics.confidence` (calibration and outcome uncertainty). Absent on other checks."),
      candidate_ci: interval("Estimated checks: the interval of the candidate's estimate. Absent on other checks."),
      ci_adjusted: nullable(
        pair(number(), {
          what: 'null or [low, high]',
          check: ([lo, hi], path, ctx) => {
            if (lo > hi) ctx.fail(path, `is [${lo}, ${hi}]: the low end must not exceed the high end`);
          },
        }),
        'Change checks with a test whose point estimate is beyond the tolerance: the interval of the delta at the one-sided level the decision held the check to after the correction (alpha x p_value / p_adjusted; alpha without correction), so it lies beyond the tolerance exactly when the check fails on evidence. Renderers show it instead of `ci` where present. Absent on other checks and in reports from before it.',
      ),
      extra: freeObject({
        depth: 3,
        values: 64,
        text: MAX_TEXT,
        key: 64,
        description:
          'Data checks: the statistic a reader expects for the type (`ks_d`, `linf`), bucket counts, and for skew the online missing rate, the mean difference and up to five example request ids. Absent on other checks.',
      }),
    },
    {
      description: 'One judged comparison: one rule on one metric in one segment. Fields that do not apply are null.',
      checkText: 'Also checked by the validator: `id` is `source/metric/segment`, optionally followed by `/kind`.',
      check: (c, path, ctx) => {
        const prefix = `${c.source}/${c.metric}/${c.segment}`;
        const suffix = c.id.startsWith(`${prefix}/`) ? c.id.slice(prefix.length + 1) : null;
        if (c.id !== prefix && (suffix === null || !ID_SUFFIX.test(suffix))) {
          ctx.fail(`${path}.id`, `is ${show(c.id)}: expected "${prefix.length > 80 ? `${prefix.slice(0, 80)}…` : prefix}" (source/metric/segment), optionally followed by /kind`);
        }
      },
    },
  ),
);

const inputSummary = named(
  'input_summary',
  object({
    files: array(nonEmpty('A path as given.'), { max: MAX_FILES, description: 'The files read.' }),
    rows: count('Rows read.'),
  }),
);

const refusal = named(
  'override_refusal',
  object({
    label: line('The override label.'),
    actor: nullable(login('Who applied the label; null when unknown.')),
    permission: nullable(oneOf(ROLES, "The actor's role; null when unknown.")),
    reason: nonEmpty('Why the label does not count.'),
  }),
);

const distribution = named(
  'score_distribution',
  object(
    {
      kind: oneOf(['probability', 'prediction'] as const, 'What was binned: `probability` (binary scores) or `prediction` (regression).'),
      edges: array(finite('An edge.'), {
        max: 1001,
        description: 'Bin edges, ascending, one more than bins; a bin holds [edge i, edge i+1), the last one also its right edge.',
        check: (edges, path, ctx) =>
          edges.forEach((e, i) => {
            if (i > 0 && !(e > edges[i - 1])) ctx.fail(`${path}[${i}]`, 'is not above the edge before it: edges ascend');
          }),
      }),
      baseline: array(count(), { max: 1000, description: 'Examples per bin, baseline.' }),
      candidate: array(count(), { max: 1000, description: 'Examples per bin, candidate.' }),
    },
    {},
    {
      description: "A histogram of both models' scores over the same bins (binary: P(positive) in [0, 1]; regression: the prediction, over the range of both models).",
      checkText: 'Also checked: each model has one count per bin.',
      check: (d, path, ctx) => {
        const bins = Math.max(0, d.edges.length - 1);
        for (const key of ['baseline', 'candidate'] as const) {
          if (d[key].length !== bins) ctx.fail(`${path}.${key}`, `has ${d[key].length} bins, but the edges make ${bins}`);
        }
      },
    },
  ),
);

export const REPORT = object(
  {
    schema: literal(REPORT_SCHEMA, 'The schema of this document.'),
    name: line("The gate's name (the `name` input)."),
    verdict: oneOf(
      VERDICTS,
      '`fail` if any check failed, `warn` if any warned, else `pass` (checks too small to judge are counted but do not raise it; reports from before turn 2 gave `warn` for them, which stays valid); `overridden` when a label overrode a failure.',
    ),
    counts: object({ pass: count(), warn: count(), fail: count(), insufficient: count() }, {}, { description: 'Checks per status.' }),
    checks: array(CHECK, { max: MAX_CHECKS, description: 'Every check, in report order.' }),
    inputs: object(
      {
        baseline_eval: nullable(inputSummary),
        candidate_eval: nullable(inputSummary),
        examples: nullable(count('Joined examples in the offline comparison.')),
        shadow: nullable(inputSummary),
        requests: nullable(count('Paired requests in the shadow comparison.')),
      },
      {},
      { description: 'What was compared.' },
    ),
    config: freeObject({ depth: MAX_DEPTH, values: MAX_VALUES, text: MAX_TEXT, key: 256, description: "The effective config, defaults filled in, in the YAML's own key names." }),
    run: object(
      {
        repository: nullable(text({ max: MAX_TEXT, pattern: REPOSITORY, what: 'null or "owner/name"' })),
        commit: nullable(text({ max: MAX_TEXT, pattern: COMMIT, what: 'null or a full commit SHA (40 or 64 lowercase hex digits)' })),
        pull_request: nullable(number({ min: 1, integer: true })),
        url: nullable(text({ max: 2048, pattern: HTTP_URL, what: 'null or an http(s) URL' })),
      },
      {},
      { description: 'Where it ran, when known (GitHub context or CLI).' },
    ),
    override: nullable(
      object({
        label: line('The override label.'),
        actor: login('Who applied it.'),
        permission: oneOf(
          ROLES.filter((r) => r !== 'none'),
          "The actor's role.",
        ),
        overridden_checks: array(text({ max: 2 * MAX_TEXT }), { max: MAX_CHECKS, description: 'The failed check ids, in report order.' }),
      }),
      'Present when a label overrode a failed verdict.',
    ),
    generated_at: text({
      max: MAX_TEXT,
      pattern: TIMESTAMP,
      what: 'an ISO 8601 UTC time like 2025-01-01T00:00:00.000Z',
      test: (s) => (Number.isFinite(Date.parse(s)) ? null : 'a real date and time'),
      description: 'When the report was made (UTC).',
    }),
  },
  {
    distributions: object(
      { offline: nullable(distribution, '`offline` is null where scores are not numbers, e.g. multiclass.') },
      { shadow: nullable(distribution) },
      { description: "Histograms of both models' scores, for report.html (absent in reports from before it)." },
    ),
    artifact: nullable(
      object({
        name: line('The artifact name.'),
        // The URL is never linked as given: src/report/links.ts only links a run-shaped URL of the report's own run.
        url: nullable(text({ max: 2048, oneLine: true })),
      }),
      'The workflow artifact that holds the report directory, when `artifact: true`; `url` is null in the report.json inside the artifact.',
    ),
    shadow: nullable(shadowSummary, 'The shadow comparison in brief; null when no shadow log was given.'),
    data: nullable(dataSection, 'What the data checks compared (reference vs current, batch vs online); absent or null when no feature inputs were given.'),
    confusion: nullable(
      array(
        object({
          segment: nonEmpty('The segment id, as in the checks.'),
          classes: array(text({ max: MAX_TEXT, description: 'A class name.' }), { max: 50 }),
          baseline: array(array(count(), { max: 50 }), {
            max: 50,
            description: "The baseline's rows per (true class, decided class): `baseline[i][j]` rows of class `classes[i]` decided as `classes[j]`.",
          }),
          candidate: array(array(count(), { max: 50 }), { max: 50, description: "The candidate's, likewise." }),
        }),
        { max: 1000 },
      ),
      "Multiclass: both models' confusion matrices (row counts) per segment, for report.html and the comment; null or absent otherwise (and with more than 50 classes).",
    ),
    override_refused: nullable(refusal, 'Set when the gate failed and the override label is on the pull request but does not count: the verdict stays `fail` and `reason` says why.'),
  },
  {
    description: 'The published report of model-release-gate (report.json).',
    checkText:
      'Also checked by the validator: check ids are unique; `counts` match the statuses; the verdict follows from the counts, or is `overridden` with an override listing exactly the failed checks in order; `override_refused` only on a failed verdict.',
    check: (r, _path, ctx) => consistent(r, ctx),
  },
);

/** The checks across fields: ids unique, counts, verdict, override. */
function consistent(
  r: {
    verdict: (typeof VERDICTS)[number];
    counts: Record<(typeof STATUSES)[number], number>;
    checks: Array<{ id: string; status: (typeof STATUSES)[number] }>;
    override: { overridden_checks: string[] } | null;
    override_refused?: unknown;
  },
  ctx: Ctx,
): void {
  const seen = new Map<string, number>();
  r.checks.forEach((c, i) => {
    const first = seen.get(c.id);
    if (first !== undefined) ctx.fail(`$.checks[${i}].id`, `is ${show(c.id)}, the same as $.checks[${first}].id: check ids are unique`);
    seen.set(c.id, i);
  });
  const tally = countChecks(r.checks);
  for (const k of STATUSES) {
    if (r.counts[k] !== tally[k]) ctx.fail(`$.counts.${k}`, `is ${r.counts[k]}, but ${tally[k]} checks have status ${k}`);
  }
  const { verdict, counts, override } = r;
  const fromCounts = verdictOf(counts);
  if (verdict === 'overridden') {
    if (fromCounts !== 'fail') ctx.fail('$.verdict', `is "overridden", but no check failed (the checks give "${fromCounts}")`);
    if (override === null) ctx.fail('$.override', 'is null, but the verdict is "overridden": an override names its label, actor and checks');
    const failed = r.checks.filter((c) => c.status === 'fail').map((c) => c.id);
    if (override.overridden_checks.length !== failed.length || override.overridden_checks.some((id, i) => id !== failed[i])) {
      ctx.fail('$.override.overridden_checks', `does not list the ${failed.length} failed check ids in report order`);
    }
  } else {
    if (verdict !== fromCounts && verdict !== legacyVerdictOf(counts))
      ctx.fail('$.verdict', `is "${verdict}", but the checks give "${fromCounts}" (${counts.fail} failed, ${counts.warn} warned, ${counts.insufficient} insufficient)`);
    if (override !== null) ctx.fail('$.override', `is set, but the verdict is "${verdict}", not "overridden"`);
  }
  if (r.override_refused && verdict !== 'fail') ctx.fail('$.override_refused', `is set, but the verdict is "${verdict}": a refused override leaves the verdict "fail"`);
}
