// src/io: the only code that opens data files. Readers stream each file into
// typed columns (readTable) and the offline eval pair is joined here
// (readEvalPair); every error names the file, line and column.
export { readEvalPair, MISSING_SEGMENT, type EvalPairOptions } from './eval.js';
export { readTable, rowLocation, rowRef, columnOf, type ReadTableOptions } from './table.js';
export { expandInput, isGlob } from './glob.js';
export { formatOf, VALID_EXTENSIONS, type Format, type FileFormat } from './source.js';
export { parseNumber, parseBoolean, parseLabel } from './builder.js';
export { peekHeader } from './peek.js';
