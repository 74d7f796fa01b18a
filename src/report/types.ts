// The published report (report.json) is described in src/schema; these
// re-exports keep the old import path working.
export type {
  DataFeatureView,
  DataSkewView,
  DataSummary,
  InputSummary,
  LatencyPercentiles,
  OverrideRefusal,
  Report,
  ScoreDistribution,
  ShadowChange,
  ShadowSummary,
  ValueForMoney,
  Verdict,
} from '../schema/index.js';
