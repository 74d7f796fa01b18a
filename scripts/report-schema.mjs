// Writes schema/report.schema.json (the JSON Schema of report.json) from the
// description in src/schema/report.ts. `--check`: exit 1 if the committed file is stale.
import { importTs, writeOrCheck } from './lib/generated.mjs';

const mod = await importTs("export { reportJsonSchemaText } from './src/schema/json-schema.ts';\n");
writeOrCheck('schema/report.schema.json', mod.reportJsonSchemaText(), 'node scripts/report-schema.mjs');
