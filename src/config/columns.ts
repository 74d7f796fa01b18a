// The `columns` section's cross-field rule: within one file, each role
// (id, label, score, ...) and each segment column must be a different column.
import type { Columns } from './types.js';
import type { Issues } from './issues.js';

type Role = Exclude<keyof Columns, 'segments' | 'timestamp' | 'class_scores'>;

/** Roles read from the offline eval files, then from the shadow log, in the order they are reported. */
const EVAL_ROLES: Role[] = ['id', 'label', 'score', 'prediction', 'weight'];
const SHADOW_ROLES: Role[] = ['request_id', 'model', 'score', 'prediction', 'label', 'latency_ms', 'cost_usd', 'input_tokens', 'output_tokens', 'error'];

/** Reports two roles of the same file renamed to one column, and segment columns that are also a role's column. */
export function checkColumnRoles(columns: Columns, issues: Issues): void {
  if (columns.class_scores !== undefined && !columns.class_scores.includes('{class}')) {
    issues.add(['columns', 'class_scores'], `expected a pattern with {class} where the class name goes, such as "proba_{class}", got ${JSON.stringify(columns.class_scores)}`);
  }
  const reported = new Set<string>();
  for (const roles of [EVAL_ROLES, SHADOW_ROLES]) {
    const seen = new Map<string, Role>();
    for (const role of roles) {
      const name = columns[role];
      const first = seen.get(name);
      if (first !== undefined && !reported.has(`${first}/${role}`)) {
        reported.add(`${first}/${role}`);
        issues.add(['columns', role], `${JSON.stringify(name)} is already the ${first} column; each role needs its own column`);
      } else if (first === undefined) seen.set(name, role);
    }
  }
  const ts = columns.timestamp;
  if (ts !== undefined) {
    const clash = SHADOW_ROLES.find((role) => columns[role] === ts);
    if (clash) issues.add(['columns', 'timestamp'], `${JSON.stringify(ts)} is already the ${clash} column; each role needs its own column`);
    if (columns.segments.includes(ts)) issues.add(['columns', 'segments'], `${JSON.stringify(ts)} is the timestamp column; a segment column must be another column`);
  }
  const roleOf = new Map<string, Role>();
  for (const role of [...EVAL_ROLES, ...SHADOW_ROLES]) if (!roleOf.has(columns[role])) roleOf.set(columns[role], role);
  columns.segments.forEach((name) => {
    const role = roleOf.get(name);
    if (role !== undefined) {
      issues.add(['columns', 'segments'], `${JSON.stringify(name)} is the ${role} column; a segment column must be another column (rename the ${role} column under columns if needed)`);
    }
  });
}
