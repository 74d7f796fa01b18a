// The JSON Schema of report.json (draft 2020-12), derived from the description
// in report.ts. scripts/report-schema.mjs writes it to schema/report.schema.json;
// a test keeps the committed file current. What JSON Schema cannot say (ids made
// of their fields, counts and verdict that follow from the checks) is in the
// descriptions, and the validator checks it.
import { jsonSchemaOf, type JsonSchema } from './describe.js';
import { REPORT } from './report.js';

export function reportJsonSchema(): JsonSchema {
  return jsonSchemaOf(REPORT, {
    $schema: 'https://json-schema.org/draft/2020-12/schema',
    title: 'model-release-gate report (model-release-gate/report@1)',
  });
}

/** The file's text: two-space indent, trailing newline. */
export function reportJsonSchemaText(): string {
  return `${JSON.stringify(reportJsonSchema(), null, 2)}\n`;
}
