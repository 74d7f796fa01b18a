// The run's verdict from its checks: defined with the report's schema (a
// report's verdict must follow from its counts); re-exported for the gate.
export { countChecks, verdictOf } from '../schema/index.js';
