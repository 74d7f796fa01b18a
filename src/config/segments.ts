// Segment names in the config: `segments.cross` and the segment ids used as
// keys of `overrides` (`overall`, `region=BR`, `region=BR&device=ios`).
import { Issues, show, suggestion, type Path } from './issues.js';
import { readName } from './read.js';

function notSegmentColumn(name: string, segmentColumns: readonly string[]): string {
  if (segmentColumns.length === 0) return `${JSON.stringify(name)} is not a segment column; add it to columns.segments first`;
  return `${JSON.stringify(name)} is not in columns.segments (${segmentColumns.join(', ')})${suggestion(name, segmentColumns)}`;
}

/** `segments.cross`: lists of 2 or more distinct segment columns, no two crossing the same set. Returns the valid ones. */
export function readCross(raw: unknown, segmentColumns: readonly string[], issues: Issues): string[][] {
  const path: Path = ['segments', 'cross'];
  if (raw === undefined || raw === null) return [];
  if (!Array.isArray(raw)) {
    issues.add(path, `expected a list of column lists such as [[region, device]], got ${show(raw)}`);
    return [];
  }
  const out: string[][] = [];
  const sets: Array<{ key: string; index: number }> = [];
  raw.forEach((item, i) => {
    const p = [...path, i];
    if (!Array.isArray(item)) {
      issues.add(p, `expected a list of 2 or more segment columns such as [region, device], got ${show(item)}`);
      return;
    }
    const before = issues.count;
    const names: string[] = [];
    item.forEach((v, j) => {
      const n = readName(v, [...p, j], issues, 'column name');
      if (n === null) return;
      if (!segmentColumns.includes(n)) issues.add([...p, j], notSegmentColumn(n, segmentColumns));
      else if (names.includes(n)) issues.add([...p, j], `${JSON.stringify(n)} appears twice in this cross`);
      else names.push(n);
    });
    if (item.length < 2) issues.add(p, `a cross needs 2 or more columns, got ${show(item)}`);
    if (issues.count > before) return;
    const key = [...names].sort().join('\u0000');
    const dup = sets.find((s) => s.key === key);
    if (dup) {
      issues.add(p, `${show(item)} crosses the same columns as segments.cross[${dup.index}]`);
      return;
    }
    sets.push({ key, index: i });
    out.push(names);
  });
  return out;
}

/**
 * Checks a segment id written in the config. Column names must be segment
 * columns, and a crossed id must match a configured cross, columns in the
 * cross's order. Whether the values occur in the data is for the gate.
 */
export function checkSegmentId(id: string, segmentColumns: readonly string[], cross: readonly string[][], path: Path, issues: Issues): boolean {
  if (id === 'overall') return true;
  const parts = id.split('&').map((p) => {
    const eq = p.indexOf('=');
    return eq > 0 ? { column: p.slice(0, eq), value: p.slice(eq + 1) } : null;
  });
  if (parts.some((p) => p === null || p.value === '')) {
    issues.add(path, `segment id ${JSON.stringify(id)} is not valid: write overall, column=value, or a=x&b=y for a cross`);
    return false;
  }
  const columns = parts.map((p) => p!.column);
  let ok = true;
  columns.forEach((c, i) => {
    if (!segmentColumns.includes(c)) {
      issues.add(path, `column ${notSegmentColumn(c, segmentColumns)}`);
      ok = false;
    } else if (columns.indexOf(c) !== i) {
      issues.add(path, `column ${JSON.stringify(c)} appears twice in segment id ${JSON.stringify(id)}`);
      ok = false;
    }
  });
  if (!ok || columns.length === 1) return ok;
  const same = cross.find((cr) => cr.length === columns.length && cr.every((c) => columns.includes(c)));
  if (!same) {
    issues.add(path, `segment id ${JSON.stringify(id)} crosses ${columns.join(' and ')}, which segments.cross does not; add [${columns.join(', ')}] there`);
    return false;
  }
  if (same.some((c, i) => c !== columns[i])) {
    const fixed = same.map((c) => `${c}=${parts.find((p) => p!.column === c)!.value}`).join('&');
    issues.add(path, `write the columns in the order of the cross [${same.join(', ')}]: ${JSON.stringify(fixed)}`);
    return false;
  }
  return true;
}
