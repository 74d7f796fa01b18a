// The bench's Parquet floor: hyparquet decoding the given files' columns
// (id, label, score, region, device) one row group at a time, nothing built.
// Prints the row count.
import { open } from 'node:fs/promises';
import { parquetMetadataAsync, parquetRead } from 'hyparquet';

const COLUMNS = ['id', 'label', 'score', 'region', 'device'];
let rows = 0;
for (const file of process.argv.slice(2)) {
  const handle = await open(file, 'r');
  const { size } = await handle.stat();
  const buf = {
    byteLength: size,
    async slice(start, end = size) {
      const out = new Uint8Array(end - start);
      await handle.read(out, 0, out.length, start);
      return out.buffer;
    },
  };
  const md = await parquetMetadataAsync(buf);
  let start = 0;
  for (const g of md.row_groups) {
    const n = Number(g.num_rows);
    let cells = 0;
    await parquetRead({ file: buf, metadata: md, columns: COLUMNS, rowStart: start, rowEnd: start + n, onChunk: (c) => (cells += c.columnData.length) });
    rows += cells / COLUMNS.length;
    start += n;
  }
  await handle.close();
}
console.log(rows);
