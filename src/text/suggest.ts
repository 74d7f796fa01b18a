// src/text: text helpers shared by the config and the readers.
//
// "Did you mean": the closest known name to a mistyped one, offered only when
// it is close enough to be a likely typo.

/**
 * Optimal-string-alignment distance (Damerau-Levenshtein with adjacent
 * transpositions): edits needed to turn `a` into `b`.
 * @example editDistance('max_dorp', 'max_drop') // 1
 *
 * Kept by hand (issue 9 looked for a library): fastest-levenshtein and leven are
 * plain Levenshtein (a swap costs 2); damerau-levenshtein 1.0.8 gives the same
 * OSA distances but allocates a (longest + 1)^2 matrix per call: 3.4 GB and 6 s
 * for a 20,000-character header cell against a column name, where these three
 * rolling rows take 14 ms.
 */
export function editDistance(a: string, b: string): number {
  const n = a.length;
  const m = b.length;
  if (n === 0) return m;
  if (m === 0) return n;
  // Three rolling rows: two back (for transpositions), previous, current.
  let prev2 = new Array<number>(m + 1).fill(0);
  let prev = Array.from({ length: m + 1 }, (_, j) => j);
  let cur = new Array<number>(m + 1).fill(0);
  for (let i = 1; i <= n; i++) {
    cur[0] = i;
    for (let j = 1; j <= m; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let d = Math.min(prev[j] + 1, cur[j - 1] + 1, prev[j - 1] + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) d = Math.min(d, prev2[j - 2] + 1);
      cur[j] = d;
    }
    [prev2, prev, cur] = [prev, cur, prev2];
  }
  return prev[m];
}

/**
 * The candidate most likely meant by `input`, or null when none is close.
 * Case and `-`/`_` differences are ignored; otherwise a candidate must be
 * within about one edit per three characters (at least one, at most three),
 * or one must be a prefix of the other (`latency_p99` -> `latency_p99_ms`).
 * Ties go to the earlier candidate, so results are deterministic.
 * @example didYouMean('thresold', ['task', 'threshold']) // 'threshold'
 */
export function didYouMean(input: string, candidates: readonly string[]): string | null {
  const norm = (s: string) => s.toLowerCase().replace(/-/g, '_');
  const x = norm(input);
  if (x.length === 0) return null;
  const limit = Math.min(3, Math.max(1, Math.floor(x.length / 3)));
  let best: string | null = null;
  let bestScore = Infinity;
  for (const c of candidates) {
    if (c === input) continue;
    const y = norm(c);
    let score = editDistance(x, y);
    // Replacing every character is not a typo: `q` does not suggest `p`.
    if (score >= Math.min(x.length, y.length)) score = Infinity;
    if (score > limit) {
      const prefix = Math.min(x.length, y.length) >= 3 && (y.startsWith(x) || x.startsWith(y));
      if (!prefix) continue;
      score = limit + 0.5; // a prefix match is a weaker hint than a close spelling
    }
    if (score < bestScore) {
      best = c;
      bestScore = score;
    }
  }
  return best;
}
