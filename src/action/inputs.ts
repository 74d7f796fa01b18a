// The action's inputs, read once into one typed value. Every problem is a
// UsageError naming the input and what is valid.
import { UsageError } from '../errors/index.js';
import { REPO_ROLES, type RepoRole } from '../github/index.js';

export type FailOn = 'fail' | 'warn' | 'never';

export interface ActionInputs {
  name: string;
  config: string | null;
  configFile: string | null;
  baselineEval: string | null;
  candidateEval: string | null;
  shadow: string | null;
  labels: string | null;
  /** The data checks' feature inputs. */
  reference: string | null;
  current: string | null;
  batchFeatures: string | null;
  onlineFeatures: string | null;
  /** `summaries`: summaries (model-release-gate/summaries@1) in place of the eval pair or the shadow log, one path or glob per line. */
  summaries: string | null;
  token: string;
  comment: boolean;
  failOn: FailOn;
  reportDir: string;
  artifact: boolean;
  overrideLabel: string;
  overridePermission: RepoRole;
  /** `from-report`: post an earlier run's report.json instead of running the gate. */
  fromReport: string | null;
  /** `check-run`: also publish the result as a check run (needs `checks: write`). */
  checkRun: boolean;
}

/** Reads one input as the runner passes it ('' when unset). */
export type InputGetter = (name: string) => string;

function bool(get: InputGetter, name: string, fallback: boolean): boolean {
  const raw = get(name).trim();
  if (raw === '') return fallback;
  if (/^true$/i.test(raw)) return true;
  if (/^false$/i.test(raw)) return false;
  throw new UsageError(`input ${name} is "${raw}": use true or false.`);
}

function oneOf<T extends string>(get: InputGetter, name: string, valid: readonly T[], fallback: T): T {
  const raw = get(name).trim();
  if (raw === '') return fallback;
  if ((valid as readonly string[]).includes(raw)) return raw as T;
  throw new UsageError(`input ${name} is "${raw}": use one of ${valid.join(', ')}.`);
}

const opt = (get: InputGetter, name: string): string | null => {
  const v = get(name).trim();
  return v === '' ? null : v;
};

export function readInputs(get: InputGetter): ActionInputs {
  const config = get('config');
  const inputs: ActionInputs = {
    name: opt(get, 'name') ?? 'model',
    config: config.trim() === '' ? null : config,
    configFile: opt(get, 'config-file'),
    baselineEval: opt(get, 'baseline-eval'),
    candidateEval: opt(get, 'candidate-eval'),
    shadow: opt(get, 'shadow'),
    labels: opt(get, 'labels'),
    reference: opt(get, 'reference'),
    current: opt(get, 'current'),
    batchFeatures: opt(get, 'batch-features'),
    onlineFeatures: opt(get, 'online-features'),
    summaries: opt(get, 'summaries'),
    token: get('github-token').trim(),
    comment: bool(get, 'comment', true),
    failOn: oneOf(get, 'fail-on', ['fail', 'warn', 'never'] as const, 'fail'),
    reportDir: opt(get, 'report-dir') ?? 'model-gate-report',
    artifact: bool(get, 'artifact', true),
    overrideLabel: opt(get, 'override-label') ?? 'model-gate/override',
    overridePermission: oneOf(get, 'override-permission', REPO_ROLES, 'maintain'),
    fromReport: opt(get, 'from-report'),
    checkRun: bool(get, 'check-run', false),
  };
  if (inputs.config !== null && inputs.configFile !== null) {
    throw new UsageError('inputs config and config-file are both given: use one.');
  }
  if (inputs.fromReport !== null) {
    const data = (
      [
        ['config', inputs.config],
        ['config-file', inputs.configFile],
        ['baseline-eval', inputs.baselineEval],
        ['candidate-eval', inputs.candidateEval],
        ['shadow', inputs.shadow],
        ['labels', inputs.labels],
        ['reference', inputs.reference],
        ['current', inputs.current],
        ['batch-features', inputs.batchFeatures],
        ['online-features', inputs.onlineFeatures],
        ['summaries', inputs.summaries],
      ] as const
    ).filter(([, v]) => v !== null);
    if (data.length) {
      throw new UsageError(
        `input from-report is given with ${data.map(([k]) => k).join(', ')}: from-report only posts an earlier run's report; remove ${data.length === 1 ? 'that input' : 'those inputs'} (the gate itself runs in the first workflow).`,
      );
    }
  }
  if (/[\r\n]/.test(inputs.name) || inputs.name.length > 100) {
    throw new UsageError('input name must be one line of at most 100 characters.');
  }
  return inputs;
}

/** Whether the step fails for a verdict under `fail-on`. */
export function stepFails(verdict: string, failOn: FailOn): boolean {
  if (failOn === 'never') return false;
  if (verdict === 'fail') return true;
  return failOn === 'warn' && verdict === 'warn';
}
