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
  const run = runUrl(report);
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

/** The run's URL when it has a run's shape: `https://HOST/OWNER/REPO/actions/runs/ID[/attempts/N]`. */
export function runUrl(report: Report): string | null {
  const url = safeUrl(report.run?.url);
  return url && /^https?:\/\/[^/]+\/[A-Za-z0-9_.-]+\/[A-Za-z0-9_.-]+\/actions\/runs\/\d+(\/attempts\/\d+)?$/.test(url) ? url : null;
}

/** The artifact's URL when it is the run's `/artifacts/ID` (anything else in a report.json is not ours). */
export function artifactUrl(report: Report): string | null {
  const run = runUrl(report);
  const url = safeUrl(report.artifact?.url);
  return run && url && url.startsWith(`${run}/artifacts/`) && /^\d+$/.test(url.slice(run.length + 11)) ? url : null;
}

export function fullReportLink(report: Report): FullReportLink {
  const artifactUrl_ = artifactUrl(report);
  const runUrl_ = runUrl(report);
  const raw = report.artifact?.name;
  const name = typeof raw === 'string' && raw !== '' ? escapeText(raw, { max: 120 }) : null;
  if (artifactUrl_) return { markdown: `[full report](${artifactUrl_}) (artifact ${name ?? 'of the run'})`, url: artifactUrl_ };
  if (runUrl_ && name) return { markdown: `[full report](${runUrl_}) (artifact ${name} of the run)`, url: runUrl_ };
  if (runUrl_) return { markdown: `[workflow run](${runUrl_}) (report.json, report.html)`, url: runUrl_ };
  return { markdown: 'full report (report.html and report.json in the report directory)', url: null };
}
