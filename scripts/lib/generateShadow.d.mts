// Types for generateShadow.mjs, so TypeScript tests can import the seeded shadow-log generator.
export interface ShadowSpec {
  /** Requests (the log has two rows per request). */
  n: number;
  seed: number;
  segments?: Record<string, string[]>;
  weights?: Record<string, number[]>;
  /** Lognormal latency: median in ms, log-sd, correlation of the two models' log-latencies. */
  latency?: { median?: number; sigma?: number; rho?: number };
  /** Lognormal cost per request in USD (mean perRequest), shared by both models. */
  cost?: { perRequest?: number; sigma?: number };
  baseline?: { errorRate?: number };
  candidate?: { latencyFactor?: number; costFactor?: number; errorRate?: number; scoreShift?: number };
  /** Planted effects on the candidate in matching requests (factors multiplied into the candidate's, score shifts added on the logit scale). */
  effects?: Array<{ where: Record<string, string>; latencyFactor?: number; costFactor?: number; scoreShift?: number }>;
  baseRate?: number;
  /** Share of requests with a label (a label column, or the labels file when one is written). */
  labelShare?: number;
  /** Write input_tokens/output_tokens (scaled with the cost) instead of cost_usd. */
  tokens?: { input: number; output: number } | null;
  models?: { baseline: string; candidate: string };
}
export interface ShadowModelValues {
  latency: number;
  cost: number;
  score: number;
  error: number;
}
export interface ShadowRequest {
  id: string;
  seg: Record<string, string>;
  label: number;
  labelled: boolean;
  baseline: ShadowModelValues;
  candidate: ShadowModelValues;
}
export function shadowRequests(o: ShadowSpec): Generator<ShadowRequest>;
export function writeShadowLog(o: ShadowSpec, path: string, labelsPath?: string | null): Promise<number>;
