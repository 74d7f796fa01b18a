// "Did you mean": the closest known name to a misspelt one, for error messages.

/** Edit distance (insert, delete, substitute) between two strings. */
export function editDistance(a: string, b: string): number {
  const prev = new Array<number>(b.length + 1);
  for (let j = 0; j <= b.length; j++) prev[j] = j;
  for (let i = 1; i <= a.length; i++) {
    let diag = prev[0];
    prev[0] = i;
    for (let j = 1; j <= b.length; j++) {
      const up = prev[j];
      prev[j] = Math.min(up + 1, prev[j - 1] + 1, diag + (a[i - 1] === b[j - 1] ? 0 : 1));
      diag = up;
    }
  }
  return prev[b.length];
}

/**
 * The candidate closest to `name`, or null when none is close enough:
 * a case-insensitive equal first; then the smallest edit distance, if it is at
 * most a third of the name's length (at least 1) and shorter than both names;
 * then a candidate that extends the name or is extended by it (3+ characters).
 * @example closestName('scor', ['id', 'score']) // 'score'
 * @example closestName('pred', ['id', 'prediction']) // 'prediction'
 * @example closestName('p', ['id', 'y']) // null
 */
export function closestName(name: string, candidates: readonly string[]): string | null {
  const lower = name.toLowerCase();
  const same = candidates.find((c) => c.toLowerCase() === lower);
  if (same !== undefined) return same;
  let best: string | null = null;
  let bestDistance = Math.max(1, Math.floor(name.length / 3)) + 1;
  for (const c of candidates) {
    const d = editDistance(lower, c.toLowerCase());
    if (d < bestDistance && d < Math.min(name.length, c.length)) {
      best = c;
      bestDistance = d;
    }
  }
  if (best !== null) return best;
  return (
    candidates.find((c) => {
      const l = c.toLowerCase();
      return Math.min(l.length, lower.length) >= 3 && (l.startsWith(lower) || lower.startsWith(l));
    }) ?? null
  );
}
