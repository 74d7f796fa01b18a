// Links the report shows (the run, the artifact, the commit), built only from
// values that pass a strict check: a report.json from a fork's run is untrusted
// input to the `from-report` mode, so its URLs are too.
import { escapeText } from './escape.js';
import type { Report } from './types.js';

/**
 * The URL when it is http(s) and absolute, with every character that could end a
 * Markdown link destination or an HTML attribute percent-encoded; else null.
 */
export function safeUrl(raw: unknown): string | null {
  if (typeof raw !== 'string' || raw.length > 2000) return null;
  let u: URL;
  try {
    u = new URL(raw);
  } catch {
    return null;
  }
  if (u.protocol !== 'https:' && u.protocol !== 'http:') return null;
  if (u.username || u.password) return null;
  return u.href.replace(/[()<>"'`\\\s[\]|*_]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase().padStart(2, '0')}`);
}

/** The commit's short id (7 hex digits), or null when `run.commit` is not a hex SHA. */
export function shortSha(report: Report): string | null {
  const sha = report.run?.commit;
  return typeof sha === 'string' && /^[0-9a-f]{7,64}$/i.test(sha) ? sha.slice(0, 7).toLowerCase() : null;
}

/** `https://github.com/owner/repo/commit/SHA`, from the run's server and repository; null when unknown. */
export function commitUrl(report: Report): string | null {
  const sha = report.run?.commit;
  const repo = report.run?.repository;
  const run = safeUrl(report.run?.url);
  if (!run || typeof sha !== 'string' || !/^[0-9a-f]{7,64}$/i.test(sha)) return null;
  if (typeof repo !== 'string' || !/^[A-Za-z0-9_.-]+\/[A-Za-z0-9_.-]+$/.test(repo)) return null;
  return `${new URL(run).origin}/${repo}/commit/${sha.toLowerCase()}`;
}

/** Where the full report is: the artifact's page, else the workflow run's. */
export interface FullReportLink {
  /** Markdown, e.g. `[full report](URL)`, or plain words when there is no link. */
  markdown: string;
  url: string | null;
}

export function fullReportLink(report: Report): FullReportLink {
  const artifactUrl = safeUrl(report.artifact?.url);
  const runUrl = safeUrl(report.run?.url);
  const raw = report.artifact?.name;
  const name = typeof raw === 'string' && raw !== '' ? escapeText(raw, { max: 120 }) : null;
  if (artifactUrl) return { markdown: `[full report](${artifactUrl}) (artifact ${name ?? 'of the run'})`, url: artifactUrl };
  if (runUrl && name) return { markdown: `[full report](${runUrl}) (artifact ${name} of the run)`, url: runUrl };
  if (runUrl) return { markdown: `[workflow run](${runUrl}) (report.json, report.html)`, url: runUrl };
  return { markdown: 'full report (report.html and report.json in the report directory)', url: null };
}
