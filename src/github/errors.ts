// Typed errors for talking to GitHub. The entry point decides what each means
// for the step (a comment the token may not write is a warning, not a failed gate).

/** Method, path and status of one failed GitHub API call, with GitHub's own message. */
export class GitHubApiError extends Error {
  readonly status: number;
  readonly method: string;
  readonly path: string;
  /** GitHub's `message` field (or the network error's message). */
  readonly detail: string;
  /** True when GitHub refused because of a primary or secondary rate limit. */
  readonly rateLimited: boolean;
  /** `status` 0: no answer at all (connection refused or reset, timeout). */
  constructor(status: number, method: string, path: string, detail: string, rateLimited = false, hint = '') {
    const what = status === 0 ? 'got no answer' : `answered ${status}`;
    super(`GitHub API ${method} ${path} ${what}: ${detail}${hint ? `. ${hint}` : ''}`);
    this.name = 'GitHubApiError';
    this.status = status;
    this.method = method;
    this.path = path;
    this.detail = detail;
    this.rateLimited = rateLimited;
  }
}

/**
 * The token may not write the PR comment (403, not a rate limit): missing
 * `pull-requests: write`, or a pull request from a fork, whose token is read-only.
 * The entry point turns this into a warning; the gate's verdict still stands.
 */
export class CommentForbiddenError extends GitHubApiError {
  constructor(method: string, path: string, detail: string) {
    super(
      403,
      method,
      path,
      detail,
      false,
      'The token cannot write PR comments: give the job `permissions: pull-requests: write`; ' +
        'on pull requests from forks the token is read-only, so post from a `workflow_run` workflow with `from-report`',
    );
    this.name = 'CommentForbiddenError';
  }
}

/** The shape of an Octokit `RequestError` that we rely on, without importing its class. */
interface RequestErrorLike {
  status: number;
  message: string;
  request?: { method?: string; url?: string };
  response?: { data?: unknown; headers?: Record<string, string | number | undefined> };
}

function isRequestErrorLike(e: unknown): e is RequestErrorLike {
  return typeof e === 'object' && e !== null && typeof (e as { status?: unknown }).status === 'number';
}

/** `/repos/o/r/issues/1/comments?page=2` from a full URL: what the message names. */
function pathOf(url: string | undefined): string {
  if (!url) return '(unknown path)';
  try {
    const u = new URL(url);
    return u.pathname;
  } catch {
    return url;
  }
}

/** GitHub's `message` field if the body has one, else Octokit's message, on one line. */
function detailOf(e: RequestErrorLike): string {
  const data = e.response?.data;
  const msg = typeof data === 'object' && data !== null && typeof (data as { message?: unknown }).message === 'string' ? (data as { message: string }).message : e.message;
  return msg.replace(/\s+/g, ' ').trim();
}

/**
 * Turn whatever Octokit threw into a `GitHubApiError` (or `CommentForbiddenError`
 * when `forbiddenIsComment` and GitHub answered 403 for a reason other than a rate limit).
 * Anything that is not a request error is returned unchanged: it is a bug, not GitHub.
 */
export function toGitHubError(e: unknown, forbiddenIsComment: boolean): unknown {
  if (e instanceof GitHubApiError || !isRequestErrorLike(e)) return e;
  const method = (e.request?.method ?? 'GET').toUpperCase();
  const path = pathOf(e.request?.url);
  const detail = detailOf(e);
  const headers = e.response?.headers ?? {};
  const rateLimited = (e.status === 403 || e.status === 429) && (String(headers['x-ratelimit-remaining']) === '0' || /rate limit/i.test(detail));
  if (e.status === 403 && !rateLimited && forbiddenIsComment) return new CommentForbiddenError(method, path, detail);
  // Octokit reports a request that got no response (network error, timeout) as a 500 without one.
  const status = e.response === undefined ? 0 : e.status;
  return new GitHubApiError(status, method, path, detail, rateLimited);
}
