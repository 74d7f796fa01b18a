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
const askedLogin = new WeakMap<GitHubClient, Promise<string | null>>();

/**
 * The token's own login, or null when GitHub will not say: `GET /user` answers
 * 403 for the Actions token and for GitHub App tokens, whose comments come from a Bot.
 */
function tokenLogin(client: GitHubClient): Promise<string | null> {
  const known = knownLogin.get(client);
  if (known) return Promise.resolve(known);
  let asked = askedLogin.get(client);
  if (!asked) {
    asked = client.rest.users.getAuthenticated().then(
      ({ data }) => data.login,
      (e: unknown) => {
        const status = (e as { status?: unknown }).status;
        if (status === 401 || status === 403 || status === 404) return null;
        askedLogin.delete(client); // ask again next time
        throw toGitHubError(e, true);
      },
    );
    askedLogin.set(client, asked);
  }
  return asked;
}

const startsWithMarker = (c: IssueComment, marker: string): boolean => (c.body ?? '').trimStart().startsWith(marker);

/**
 * How strongly `c` is this token's marker comment: 0 written by the token's own
 * login, 1 written by a Bot (the Actions token's or an App's comments, when the
 * token's login is unknown), null not ours (a person's comment is never taken over).
 */
function rank(c: IssueComment, marker: string, login: string | null): 0 | 1 | null {
  if (!startsWithMarker(c, marker) || !c.user) return null;
  if (login !== null && c.user.login === login) return 0;
  if (c.user.type === 'Bot') return 1;
  return null;
}

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
 * Lists every comment (all pages, 100 a page) and takes the oldest one whose body
 * starts with the marker and whose author is the token's login (or, when GitHub
 * does not tell the Actions token its login, a Bot). A person's comment that
 * quotes the marker is never edited. Found: updated in place, and any newer
 * duplicates by the same author deleted. Not found: created; then the comments
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
  const ours = (await listAll(client, args))
    .map((c) => ({ c, r: rank(c, args.marker, login) }))
    .filter((x): x is { c: IssueComment; r: 0 | 1 } => x.r !== null)
    .sort((x, y) => x.r - y.r || x.c.id - y.c.id)
    .map((x) => x.c);

  if (ours.length > 0) {
    const kept = ours[0];
    const updated = await update(client, args, kept.id, body);
    for (const dup of ours.slice(1)) {
      if (dup.user?.login === kept.user?.login) await remove(client, args, dup.id);
    }
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
  const author = created.user?.login ?? null;
  if (author) knownLogin.set(client, author);

  // A run that started at the same time may also have found nothing and created one.
  const twins = (await listAll(client, args))
    .filter((c) => startsWithMarker(c, args.marker) && c.user?.login === author)
    .sort((x, y) => x.id - y.id);
  const kept = twins[0] ?? created;
  for (const dup of twins) if (dup.id !== kept.id) await remove(client, args, dup.id);
  if (kept.id === created.id) return { url: created.html_url, id: created.id, action: 'created' };

  await remove(client, args, created.id);
  const updated = await update(client, args, kept.id, body);
  return { url: updated.html_url ?? kept.html_url, id: kept.id, action: 'updated' };
}
