// The override label: whether the PR carries `override-label` and whether whoever
// applied it last has at least `override-permission` on the repository.

import { toGitHubError } from './errors.js';
import type { GitHubClient } from './octokit.js';

/** Repository roles from least to most; `override-permission` takes one of these. */
export const REPO_ROLES = ['read', 'triage', 'write', 'maintain', 'admin'] as const;
export type RepoRole = (typeof REPO_ROLES)[number];

export interface OverrideArgs {
  owner: string;
  repo: string;
  issueNumber: number;
  /** The `override-label` input, e.g. `model-gate/override`. Matched case-insensitively, as GitHub does. */
  label: string;
  /** The `override-permission` input. */
  minPermission: RepoRole;
}

export interface OverrideResult {
  /** The label is on the PR now. */
  applied: boolean;
  /** The label counts: applied, by someone with at least `minPermission`. */
  granted: boolean;
  /** Who applied it last, or null (not applied, or no event says who). */
  by: string | null;
  /** Their role on the repository (`none` for a non-collaborator), or null when not looked up. */
  permission: RepoRole | 'none' | null;
  /** One line for the log and the report, e.g. `overridden by @alice (maintain)`. */
  reason: string;
}

/** The role's rank in `REPO_ROLES`, -1 for none or unknown. */
function rankOf(role: string): number {
  return (REPO_ROLES as readonly string[]).indexOf(role);
}

/**
 * A user's role: the `role_name` GitHub reports when it is a standard role; for a
 * custom role, the legacy `permission` it is based on (admin, write or read), which
 * never overstates it. 404 (not a user, e.g. a bot) is `none`.
 */
async function roleOf(client: GitHubClient, a: OverrideArgs, username: string): Promise<RepoRole | 'none'> {
  try {
    const { data } = await client.rest.repos.getCollaboratorPermissionLevel({ owner: a.owner, repo: a.repo, username });
    const roleName = (data as { role_name?: string }).role_name ?? '';
    if (rankOf(roleName) >= 0) return roleName as RepoRole;
    return rankOf(data.permission) >= 0 ? (data.permission as RepoRole) : 'none';
  } catch (e) {
    if ((e as { status?: unknown }).status === 404) return 'none';
    throw toGitHubError(e, false);
  }
}

/**
 * Whether the override label lets this PR ship despite a failed gate. Reads the
 * PR's labels, the latest `labeled` event for that label (all pages) for who
 * applied it, and that person's role. A label that stays on across later pushes
 * keeps counting; removing it revokes the override.
 * Throws `GitHubApiError` when GitHub cannot be asked (after retries).
 */
export async function checkOverride(client: GitHubClient, a: OverrideArgs): Promise<OverrideResult> {
  const want = a.label.toLowerCase();
  const same = (name: string | undefined) => (name ?? '').toLowerCase() === want;
  try {
    const labels = await client.paginate(client.rest.issues.listLabelsOnIssue, {
      owner: a.owner,
      repo: a.repo,
      issue_number: a.issueNumber,
      per_page: 100,
    });
    if (!labels.some((l) => same(l.name))) {
      return { applied: false, granted: false, by: null, permission: null, reason: `label "${a.label}" is not on the pull request` };
    }
    const events = await client.paginate(client.rest.issues.listEvents, {
      owner: a.owner,
      repo: a.repo,
      issue_number: a.issueNumber,
      per_page: 100,
    });
    const last = events.filter((e) => e.event === 'labeled' && same((e as { label?: { name?: string } }).label?.name)).at(-1);
    const by = last?.actor?.login ?? null;
    if (!by) {
      return { applied: true, granted: false, by: null, permission: null, reason: `label "${a.label}" is on the pull request, but no event says who applied it` };
    }
    const permission = await roleOf(client, a, by);
    const granted = rankOf(permission) >= rankOf(a.minPermission);
    const reason = granted
      ? `overridden by @${by} (${permission}) with label "${a.label}"`
      : `label "${a.label}" was applied by @${by}, whose role (${permission}) is below the required ${a.minPermission}`;
    return { applied: true, granted, by, permission, reason };
  } catch (e) {
    throw toGitHubError(e, false);
  }
}
