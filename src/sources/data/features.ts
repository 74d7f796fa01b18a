// Which columns are features and of which type: declared under data.features,
// else every column both sides share except ids, labels, scores, weights,
// predictions, model/request columns and segment columns. Types are declared,
// or inferred: numeric when every non-empty value parses as a number. A
// feature absent on one side, or numeric on one side and text on the other, is
// a schema problem (integrity/schema[FEATURE]), never a crash.
import { parseNumber } from '../../io/index.js';
import type { Columns } from '../../config/index.js';
import { featureSettings, type DataConfig, type DataRuleName, type FeatureType } from '../../config/index.js';
import type { Rule } from '../../config/index.js';
import type { FeatureColumn } from './types.js';

export interface ResolvedFeature {
  name: string;
  type: FeatureType;
  sentinels: Array<number | string>;
  rules: Record<DataRuleName, Rule>;
}

export interface SchemaProblem {
  feature: string;
  message: string;
}

/** The columns never taken as features. */
export function reservedColumns(columns: Columns): Set<string> {
  return new Set([
    columns.id,
    columns.label,
    columns.score,
    columns.prediction,
    columns.weight,
    columns.request_id,
    columns.model,
    columns.latency_ms,
    columns.cost_usd,
    columns.input_tokens,
    columns.output_tokens,
    columns.error,
    ...columns.segments,
  ]);
}

/** numeric when the column is numbers, or text whose every non-empty value parses as one; null when it has no value at all (fits either type). */
export function inferType(col: FeatureColumn): FeatureType | null {
  if (col.kind === 'numeric') return 'numeric';
  let any = false;
  for (const v of col.values) {
    if (v === '') continue;
    any = true;
    if (Number.isNaN(parseNumber(v))) return 'categorical';
  }
  return any ? 'numeric' : null;
}

/** What one side says about its columns: name -> type as inferred (or as a profile recorded it); null: no values. */
export type SideTypes = Map<string, FeatureType | null>;

/**
 * The features to check and the schema problems found.
 * @param sides the two sides' column types, with their names for messages (`reference`, `current`)
 */
export function resolveFeatures(
  cfg: DataConfig,
  columns: Columns,
  a: { name: string; types: SideTypes },
  b: { name: string; types: SideTypes },
): { features: ResolvedFeature[]; problems: SchemaProblem[] } {
  const reserved = reservedColumns(columns);
  // Inferred: every column of the first side (the reference, or the batch features) not reserved; one the
  // second side lacks is a schema problem (the pipeline dropped it), a column only the second side has is ignored.
  const names = cfg.features !== null ? Object.keys(cfg.features) : [...a.types.keys()].filter((n) => !reserved.has(n));
  const features: ResolvedFeature[] = [];
  const problems: SchemaProblem[] = [];
  for (const name of names) {
    const s = featureSettings(cfg, name);
    const ta = a.types.get(name);
    const tb = b.types.get(name);
    if (ta === undefined || tb === undefined) {
      const missing = [ta === undefined ? a.name : null, tb === undefined ? b.name : null].filter((x) => x !== null).join(' and ');
      const how = cfg.features !== null ? 'is declared under data.features' : `is a column of the ${a.name}`;
      problems.push({ feature: name, message: `feature ${name} ${how} but the ${missing} ${missing.includes(' and ') ? 'have' : 'has'} no such column.` });
      continue;
    }
    if (s.type === null && ta !== null && tb !== null && ta !== tb) {
      const [num, text] = ta === 'numeric' ? [a.name, b.name] : [b.name, a.name];
      problems.push({ feature: name, message: `feature ${name} is numeric in the ${num} but text in the ${text}; fix the pipeline or declare its type under data.features.` });
      continue;
    }
    features.push({ name, type: s.type ?? ta ?? tb ?? 'numeric', sentinels: s.sentinels, rules: s.rules });
  }
  return { features, problems };
}
