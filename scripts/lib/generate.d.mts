// Types for generate.mjs, so TypeScript tests can import the seeded generator.
export interface EvalSpec {
  n: number;
  seed: number;
  segments: Record<string, string[]>;
  weights?: Record<string, number[]>;
  baseRate?: number;
  baselineSignal?: number;
  candidateSignal?: number;
  offset?: number;
  effects?: Array<{ where: Record<string, string>; positiveShift?: number; negativeShift?: number }>;
}
export interface EvalRow {
  id: string;
  label: number;
  baseline: number;
  candidate: number;
  seg: Record<string, string>;
}
export function mulberry32(seed: number): () => number;
export function normal(rand: () => number): number;
export function evalRows(o: EvalSpec): Generator<EvalRow>;
export function writeLines(path: string, lines: Iterable<string>): Promise<void>;
export function writeEvalPair(o: EvalSpec, baselinePath: string, candidatePath: string, shuffleSeed?: number | null): Promise<number>;
