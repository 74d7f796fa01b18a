// The bench's floor: one csv-parse pass over the given files, records as
// arrays, nothing computed. Prints the record count.
import { createReadStream } from 'node:fs';
import { createGunzip } from 'node:zlib';
import { parse } from 'csv-parse';

let records = 0;
for (const file of process.argv.slice(2)) {
  let input = createReadStream(file);
  if (file.endsWith('.gz')) input = input.pipe(createGunzip());
  const parser = input.pipe(parse({ delimiter: file.includes('.tsv') ? '\t' : ',' }));
  for await (const _record of parser) records++;
}
console.log(records);
