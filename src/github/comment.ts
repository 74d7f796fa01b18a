// The sticky PR comment: one per gate name, found again by a hidden marker at the
// start of its body and updated in place; concurrent runs converge on one comment.

import { toGitHubError } from './errors.js';
import type { GitHubClient } from './octokit.js';

/** GitHub refuses comment bodies longer than this (characters). */
export const MAX_COMMENT_CHARS = 65_536;

/**
 * The hidden marker for the gate called `name`: `<!-- model-release-gate:NAME -->`.
 * NAME is percent-encoded (`encodeURIComponent`, plus `-` inside a `--` run), so it
 * can hold no `<`, `>` or `--` and cannot end the HTML comment early, and two
 * different names always give two different markers.
 * @example commentMarker('fraud-scorer') === '<!-- model-release-gate:fraud-scorer -->'
 */
export function commentMarker(name: string): string {
  const safe = encodeURIComponent(name).replace(/-(?=-)|(?<=-)-/g, '%2D');
  return `<!-- model-release-gate:${safe} -->`;
}

export interface UpsertCommentArgs {
  owner: string;
  repo: string;
  /** The pull request (or issue) number. */
  issueNumber: number;
  /** From `commentMarker(name)`. */
  marker: string;
  /** Markdown; the marker is put in front of it unless it already starts with it. */
  body: string;
  /**
   * The start of the line after the marker in the comment's own shape (the
   * gate's heading, `### Model gate `): a comment by the same identity whose
   * second line does not start with it is not taken as ours. Default: any.
   */
  heading?: string;
}

export interface UpsertCommentResult {
  /** The comment's `html_url`. */
  url: string;
  id: number;
  action: 'created' | 'updated';
}

interface IssueComment {
  id: number;
  html_url: string;
  body?: string | null;
  user: { login: string; type?: string } | null;
}

/** The login behind each client's token, once known: from `GET /user`, or learned from a comment it created. */
const knownLogin = new WeakMap<GitHubClient, string>();
const askedLogin = new WeakMap<GitHubClient, Promise<string>>();

/** Who writes the Actions token's (`GITHUB_TOKEN`'s) comments. */
export const ACTIONS_LOGIN = 'github-actions[bot]';

/**
 * The token's own login: `GET /user`, or, when GitHub refuses that (it answers
 * 403 for the Actions token, whose comments come from github-actions[bot]),
 * `github-actions[bot]`. Learned exactly once a comment is created.
 */
export function tokenLogin(client: GitHubClient): Promise<string> {
  const known = knownLogin.get(client);
  if (known) return Promise.resolve(known);
  let asked = askedLogin.get(client);
  if (!asked) {
    asked = client.rest.users.getAuthenticated().then(
      ({ data }) => data.login,
      (e: unknown) => {
        const status = (e as { status?: unknown }).status;
        if (status === 401 || status === 403 || status === 404) return ACTIONS_LOGIN;
        askedLogin.delete(client); // ask again next time
        throw toGitHubError(e, true);
      },
    );
    askedLogin.set(client, asked);
  }
  return asked;
}

/**
 * Whether `body` has the sticky comment's own shape: the marker alone on its
 * first line, then (when `heading` is given) a second line starting with it.
 * A comment that merely quotes the marker, or carries it inline, is not ours.
 */
export function hasOwnShape(body: string | null | undefined, marker: string, heading?: string): boolean {
  const lines = (body ?? '').replace(/^\s*\n/, '').split('\n');
  if ((lines[0] ?? '').trim() !== marker) return false;
  return heading === undefined || (lines[1] ?? '').startsWith(heading);
}

/** Ours: written by the token's own identity and in the comment's own shape. Nothing else is ever edited or deleted. */
const isOurs = (c: IssueComment, a: UpsertCommentArgs, login: string): boolean => c.user?.login === login && hasOwnShape(c.body, a.marker, a.heading);

async function listAll(client: GitHubClient, a: UpsertCommentArgs): Promise<IssueComment[]> {
  try {
    return (await client.paginate(client.rest.issues.listComments, {
      owner: a.owner,
      repo: a.repo,
      issue_number: a.issueNumber,
      per_page: 100,
    })) as IssueComment[];
  } catch (e) {
    throw toGitHubError(e, true);
  }
}

async function update(client: GitHubClient, a: UpsertCommentArgs, id: number, body: string): Promise<IssueComment> {
  try {
    const { data } = await client.rest.issues.updateComment({ owner: a.owner, repo: a.repo, comment_id: id, body });
    return data as IssueComment;
  } catch (e) {
    throw toGitHubError(e, true);
  }
}

/** Delete a duplicate; one that is already gone (another run deleted it) is fine. */
async function remove(client: GitHubClient, a: UpsertCommentArgs, id: number): Promise<void> {
  try {
    await client.rest.issues.deleteComment({ owner: a.owner, repo: a.repo, comment_id: id });
  } catch (e) {
    if ((e as { status?: unknown }).status === 404) return;
    throw toGitHubError(e, true);
  }
}

/**
 * Create or update the comment that starts with `marker` on the issue or PR.
 *
 * Lists every comment (all pages, 100 a page) and takes the oldest one in the
 * comment's own shape (`hasOwnShape`: marker alone on the first line, then
 * `heading`) written by the token's identity (`tokenLogin`: its login, or
 * github-actions[bot] for the Actions token). Anything else (a person's comment,
 * another app's comment carrying the marker, a github-actions[bot] comment from
 * another workflow that quotes it) is never edited or deleted. Found: updated in
 * place, and any newer duplicates of ours deleted. A GitHub App token other than
 * the Actions token cannot learn its identity before it writes (GET /user is
 * refused): it creates a comment, learns its login from it, and the twin
 * clean-up below folds that into its older comment. Not found: created; then the comments
 * are listed again, and if a concurrent run created one too, all keep the oldest,
 * delete the others, and the run whose comment was deleted writes its body into
 * the kept one (so the last writer wins, as with any update).
 *
 * Throws `CommentForbiddenError` when GitHub answers 403 (the token may not
 * comment), `GitHubApiError` for other API failures once retries are exhausted,
 * and a plain `Error` when the body exceeds GitHub's 65,536 characters (a bug in
 * the caller: the renderer must stay under it).
 */
export async function upsertComment(client: GitHubClient, args: UpsertCommentArgs): Promise<UpsertCommentResult> {
  const body = args.body.trimStart().startsWith(args.marker) ? args.body : `${args.marker}\n${args.body}`;
  if (body.length > MAX_COMMENT_CHARS) {
    throw new Error(`comment body is ${body.length} characters with its marker; GitHub allows at most ${MAX_COMMENT_CHARS}`);
  }

  const login = await tokenLogin(client);
  const ours = (await listAll(client, args)).filter((c) => isOurs(c, args, login)).sort((x, y) => x.id - y.id);

  if (ours.length > 0) {
    const kept = ours[0];
    const updated = await update(client, args, kept.id, body);
    for (const dup of ours.slice(1)) await remove(client, args, dup.id);
    return { url: updated.html_url ?? kept.html_url, id: kept.id, action: 'updated' };
  }

  let created: IssueComment;
  try {
    const { data } = await client.rest.issues.createComment({
      owner: args.owner,
      repo: args.repo,
      issue_number: args.issueNumber,
      body,
    });
    created = data as IssueComment;
  } catch (e) {
    throw toGitHubError(e, true);
  }
  const author = created.user?.login ?? login;
  knownLogin.set(client, author);

  // A run that started at the same time may also have found nothing and created one.
  const twins = (await listAll(client, args)).filter((c) => isOurs(c, args, author)).sort((x, y) => x.id - y.id);
  const kept = twins[0] ?? created;
  for (const dup of twins) if (dup.id !== kept.id) await remove(client, args, dup.id);
  if (kept.id === created.id) return { url: created.html_url, id: created.id, action: 'created' };

  await remove(client, args, created.id);
  const updated = await update(client, args, kept.id, body);
  return { url: updated.html_url ?? kept.html_url, id: kept.id, action: 'updated' };
}
