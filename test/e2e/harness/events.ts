// Event payloads shaped like the ones GitHub writes to GITHUB_EVENT_PATH,
// trimmed to the fields a gate could read. Shared by the context tests and runAction.

export interface GitHubEvent {
  /** `GITHUB_EVENT_NAME`. */
  name: string;
  payload: Record<string, unknown>;
}

export const DEFAULT_REPOSITORY = 'octo-org/models';
export const HEAD_SHA = '3f786850e387550fdab836ed7e6dc881de23001b';
export const BASE_SHA = '89e6c98d92887913cadf06b2adb97f26cde4849b';
/** The test merge commit GitHub makes for a PR: what GITHUB_SHA holds on pull_request events. */
export const MERGE_SHA = '2d4cbd9f5d1fc1e2bb8d0d4e7a1d8d2b0f6a9c11';

const repoJson = (fullName: string) => {
  const [owner, name] = fullName.split('/');
  return { full_name: fullName, name, owner: { login: owner, type: 'Organization' }, private: false };
};

export interface PullRequestEventOptions {
  number?: number;
  action?: string;
  headSha?: string;
  headRef?: string;
  baseRef?: string;
  repository?: string;
  /** The head repository: differs from `repository` for a fork; null for a deleted fork. */
  headRepo?: string | null;
  labels?: string[];
  sender?: string;
  /** `pull_request_target` runs in the base repository with a writable token, even for forks. */
  target?: boolean;
}

export function pullRequestEvent(o: PullRequestEventOptions = {}): GitHubEvent {
  const repository = o.repository ?? DEFAULT_REPOSITORY;
  const number = o.number ?? 7;
  const headRepo = o.headRepo === undefined ? repository : o.headRepo;
  return {
    name: o.target ? 'pull_request_target' : 'pull_request',
    payload: {
      action: o.action ?? 'synchronize',
      number,
      pull_request: {
        number,
        state: 'open',
        draft: false,
        title: 'Retrain fraud scorer on Q3 data',
        user: { login: o.sender ?? 'model-author', type: 'User' },
        labels: (o.labels ?? []).map((name) => ({ name })),
        head: { ref: o.headRef ?? 'retrain-q3', sha: o.headSha ?? HEAD_SHA, repo: headRepo === null ? null : repoJson(headRepo) },
        base: { ref: o.baseRef ?? 'main', sha: BASE_SHA, repo: repoJson(repository) },
      },
      repository: repoJson(repository),
      sender: { login: o.sender ?? 'model-author', type: 'User' },
    },
  };
}

export function pushEvent(o: { after?: string; ref?: string; repository?: string } = {}): GitHubEvent {
  const repository = o.repository ?? DEFAULT_REPOSITORY;
  return {
    name: 'push',
    payload: {
      ref: o.ref ?? 'refs/heads/main',
      before: BASE_SHA,
      after: o.after ?? HEAD_SHA,
      repository: repoJson(repository),
      sender: { login: 'model-author', type: 'User' },
    },
  };
}

export function workflowDispatchEvent(o: { inputs?: Record<string, string>; ref?: string; repository?: string } = {}): GitHubEvent {
  return {
    name: 'workflow_dispatch',
    payload: {
      inputs: o.inputs ?? {},
      ref: o.ref ?? 'refs/heads/main',
      repository: repoJson(o.repository ?? DEFAULT_REPOSITORY),
      sender: { login: 'release-manager', type: 'User' },
    },
  };
}

export function mergeGroupEvent(o: { headSha?: string; prNumber?: number; repository?: string } = {}): GitHubEvent {
  const pr = o.prNumber ?? 7;
  return {
    name: 'merge_group',
    payload: {
      action: 'checks_requested',
      merge_group: {
        head_sha: o.headSha ?? HEAD_SHA,
        head_ref: `refs/heads/gh-readonly-queue/main/pr-${pr}-${BASE_SHA}`,
        base_sha: BASE_SHA,
        base_ref: 'refs/heads/main',
        head_commit: { id: o.headSha ?? HEAD_SHA, message: `Merge pull request #${pr}` },
      },
      repository: repoJson(o.repository ?? DEFAULT_REPOSITORY),
      sender: { login: 'github-merge-queue[bot]', type: 'Bot' },
    },
  };
}

/** The second, fork-safe workflow. GitHub leaves `pull_requests` empty when the PR came from a fork. */
export function workflowRunEvent(o: { headSha?: string; prNumber?: number | null; headRepo?: string; repository?: string } = {}): GitHubEvent {
  const repository = o.repository ?? DEFAULT_REPOSITORY;
  const headSha = o.headSha ?? HEAD_SHA;
  const prNumber = o.prNumber === undefined ? 7 : o.prNumber;
  return {
    name: 'workflow_run',
    payload: {
      action: 'completed',
      workflow_run: {
        id: 30433642,
        name: 'model gate',
        event: 'pull_request',
        status: 'completed',
        conclusion: 'success',
        head_sha: headSha,
        head_branch: 'retrain-q3',
        head_repository: repoJson(o.headRepo ?? repository),
        repository: repoJson(repository),
        pull_requests: prNumber === null ? [] : [{ number: prNumber, head: { sha: headSha, ref: 'retrain-q3' }, base: { sha: BASE_SHA, ref: 'main' } }],
      },
      repository: repoJson(repository),
      sender: { login: 'model-author', type: 'User' },
    },
  };
}

export function scheduleEvent(o: { cron?: string; repository?: string } = {}): GitHubEvent {
  return { name: 'schedule', payload: { schedule: o.cron ?? '0 6 * * 1', repository: repoJson(o.repository ?? DEFAULT_REPOSITORY) } };
}
