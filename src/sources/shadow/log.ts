// The shadow log of a run, read and paired once (src/io reads it) and shared
// by the shadow source and the online source (its labelled requests).
import { defaultShadowConfig, type GateConfig, type ShadowConfig } from '../../config/index.js';
import { readShadowLog, type ShadowData } from '../../io/index.js';

export interface ShadowInput {
  /** Path or glob of the shadow log. */
  shadow: string;
  labels: string | null;
  /** Read the scores even if no shadow rule needs them: eval files are given too (the output skew compares them). */
  scores?: boolean;
}

/** Reads the log on first use; every later call gets the same data. */
export interface ShadowLog {
  read(config: GateConfig): Promise<ShadowData>;
}

type Needs = Parameters<typeof readShadowLog>[0]['needs'];

/** Why each column group of the log is needed, for the message when it is missing. */
function needs(shadow: ShadowConfig, defaulted: boolean): Needs {
  const where = defaulted ? 'the default shadow envelope (no shadow section in the config)' : 'shadow.envelope';
  const has = (m: string) => m in shadow.envelope;
  const out: Needs = {};
  if (has('cost_per_1k')) out.cost = `cost_per_1k is in ${where}`;
  else if (shadow.valueForMoney) out.cost = 'shadow.value_for_money is set';
  if (has('error_rate')) out.error = `error_rate is in ${where}`;
  if (has('agreement')) out.decision = `agreement is in ${where}`;
  if (has('score_psi')) out.score = `score_psi is in ${where}`;
  if (shadow.labels?.maturity) out.timestamp = `shadow.labels.maturity is ${shadow.labels.maturity.text}`;
  if (shadow.estimate) {
    out.score = `shadow.estimate is set (the estimates read each model's score)`;
    out.decision ??= 'shadow.estimate is set';
  }
  return out;
}

/** The run's shadow log, read once. */
export function shadowLog(input: ShadowInput): ShadowLog {
  let data: Promise<ShadowData> | null = null;
  return {
    read(config) {
      const shadow = config.shadow ?? defaultShadowConfig();
      data ??= readShadowLog({
        shadow: input.shadow,
        labels: input.labels,
        columns: config.columns,
        task: config.task,
        threshold: config.threshold,
        models: shadow.models,
        pricing: shadow.pricing,
        needs: needs(shadow, config.shadow === null),
        outputs: input.scores === true,
      });
      return data;
    },
  };
}
