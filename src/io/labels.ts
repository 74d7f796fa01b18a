// Reads the delayed labels of shadow requests (`labels` input): one row per
// labelled request, `request_id,label` (names as under `columns`), ids unique.
import type { Columns, Task } from './options.js';
import type { DataError } from '../errors/index.js';
import { expandInput } from './glob.js';
import type { KeyIndex } from './keyindex.js';
import { columnOf, errorAtTableRow, readTable } from './table.js';
import type { Table } from './types.js';

export interface LabelsFile {
  files: string[];
  /** Rows read. */
  n: number;
  /** The request ids by row, indexed for lookups. */
  ids: KeyIndex;
  /** binary: 0/1, regression: the value; multiclass: NaN (see `names`). */
  values: Float64Array;
  /** multiclass: the class name by row; otherwise null. */
  names: string[] | null;
  table: Table;
}

/**
 * Reads the labels input.
 * @throws DataError (file, line, column) for a missing column, an empty or invalid label, or a request id given twice
 */
export async function readLabelsFile(input: string, columns: Columns, task: Task): Promise<LabelsFile> {
  const files = expandInput(input);
  const kind = task === 'binary' ? 'label' : task === 'multiclass' ? 'category' : 'number';
  const table = await readTable(files, [
    { name: columns.request_id, key: 'id', kind: 'string', required: true, unique: true },
    { name: columns.label, key: 'label', kind, required: true },
  ]);
  const ids = columnOf(table, 'id', 'string')!.index!;
  let values: Float64Array;
  let names: string[] | null = null;
  if (task === 'multiclass') {
    const c = columnOf(table, 'label', 'category')!;
    names = Array.from(c.codes, (code) => c.values[code]);
    values = new Float64Array(table.n).fill(NaN);
  } else {
    const binary = columnOf(table, 'label', 'label');
    values = binary ? Float64Array.from(binary.values) : columnOf(table, 'label', 'number')!.values;
  }
  return { files, n: table.n, ids, values, names, table };
}

/** A DataError at row `row` of a table. */
export function errorAt(table: Table, row: number, column: string, detail: string): DataError {
  return errorAtTableRow(table, row, column, detail);
}
