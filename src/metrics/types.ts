// What measuring produces: per segment, each configured metric for both models.
import type { Segment } from '../segments/types.js';

export interface MetricValue {
  /** null where the metric is undefined in the segment (e.g. recall with no positives, auc with one class). */
  baseline: number | null;
  candidate: number | null;
}

export interface SegmentMetrics {
  segment: Segment;
  /** Rows (examples) in the segment. */
  n: number;
  /** Sum of example weights (= n without weights). */
  weight: number;
  /** binary: rows with label 1; null for other tasks. */
  positives: number | null;
  /** Keyed by metric name as configured. */
  values: Record<string, MetricValue>;
}
