// Where the gate runs: repository, pull request, commit and run, read from the
// runner's environment variables and event payload. `readContext` is pure (an env
// object and the parsed event in, a value out); `loadContext` adds the file read.
//
// src/github/ is the only code that holds the GitHub token or talks to the GitHub API.

import { readFileSync } from 'node:fs';
import { UsageError } from '../errors/index.js';

/** The slice of the workflow run the gate needs. */
export interface GateContext {
  /** `GITHUB_EVENT_NAME`, e.g. `pull_request`, `push`, `workflow_dispatch`, `merge_group`. */
  eventName: string;
  owner: string;
  repo: string;
  /** The pull request this run is about, or null (push, dispatch, merge queue, schedule...). */
  prNumber: number | null;
  /** The commit the models were built from: the PR head (not the test merge commit), the merge group head, else `GITHUB_SHA`. */
  headSha: string | null;
  /** True when the PR's head repository differs from the base repository (its token is read-only). */
  isFork: boolean;
  /** Link to this workflow run, or null when `GITHUB_RUN_ID` is unset. */
  runUrl: string | null;
  runId: string | null;
  /** `GITHUB_SERVER_URL`, default `https://github.com`. */
  serverUrl: string;
  /** `GITHUB_API_URL`, default `https://api.github.com`; tests point it at a local fake. */
  apiUrl: string;
  /**
   * On `workflow_run` events, the run that triggered this one (the first workflow of
   * the fork-safe setup): its id, its own event (e.g. `pull_request`) and its link.
   * Its head commit is `headSha`. Null on other events.
   */
  triggerRun: { id: number; event: string; url: string } | null;
}

export type Env = Readonly<Record<string, string | undefined>>;

/** Events whose payload has a `pull_request` object describing the PR the run is about. */
const PR_EVENTS = new Set(['pull_request', 'pull_request_target', 'pull_request_review', 'pull_request_review_comment']);

type Obj = Record<string, unknown>;
const obj = (v: unknown): Obj | null => (typeof v === 'object' && v !== null && !Array.isArray(v) ? (v as Obj) : null);
const str = (v: unknown): string | null => (typeof v === 'string' && v !== '' ? v : null);
const posInt = (v: unknown): number | null => (typeof v === 'number' && Number.isInteger(v) && v > 0 ? v : null);
const fullName = (repo: unknown): string | null => str(obj(repo)?.full_name);

/** Trailing slashes off, so `${url}/path` never doubles them. */
const trimUrl = (u: string): string => u.replace(/\/+$/, '');

/**
 * The gate's view of the run, from the runner's variables and the event payload
 * (`JSON.parse` of the file at `GITHUB_EVENT_PATH`; `{}` when there is none).
 * Throws `UsageError` when `GITHUB_REPOSITORY` is missing or not `owner/name`:
 * the action is being run outside GitHub Actions.
 */
export function readContext(env: Env, event: unknown): GateContext {
  const repository = env.GITHUB_REPOSITORY ?? '';
  const m = /^([A-Za-z0-9_.-]+)\/([A-Za-z0-9_.-]+)$/.exec(repository);
  if (!m) {
    throw new UsageError(
      `GITHUB_REPOSITORY is ${repository ? `"${repository}"` : 'not set'}; expected "owner/name" as GitHub Actions sets it ` +
        '(run the action inside a workflow, or use the model-gate CLI locally)',
    );
  }
  const [, owner, repo] = m;
  const eventName = env.GITHUB_EVENT_NAME ?? '';
  const payload = obj(event) ?? {};
  const serverUrl = trimUrl(env.GITHUB_SERVER_URL || 'https://github.com');
  const apiUrl = trimUrl(env.GITHUB_API_URL || 'https://api.github.com');
  const runId = str(env.GITHUB_RUN_ID);
  const runUrl = runId ? `${serverUrl}/${owner}/${repo}/actions/runs/${runId}` : null;
  const envSha = str(env.GITHUB_SHA);

  let prNumber: number | null = null;
  let headSha: string | null = envSha;
  let isFork = false;
  let triggerRun: GateContext['triggerRun'] = null;

  if (PR_EVENTS.has(eventName)) {
    const pr = obj(payload.pull_request);
    prNumber = posInt(pr?.number) ?? posInt(payload.number);
    const head = obj(pr?.head);
    headSha = str(head?.sha) ?? envSha;
    const headRepo = fullName(head?.repo);
    const baseRepo = fullName(obj(pr?.base)?.repo) ?? repository;
    // A deleted fork leaves `head.repo` null; that PR came from a fork too.
    isFork = pr !== null && headRepo !== baseRepo;
  } else if (eventName === 'merge_group') {
    headSha = str(obj(payload.merge_group)?.head_sha) ?? envSha;
  } else if (eventName === 'push') {
    const after = str(payload.after);
    headSha = after && !/^0+$/.test(after) ? after : envSha;
  } else if (eventName === 'workflow_run') {
    // The fork-safe second workflow: the PR's run is described by `workflow_run`.
    // GitHub leaves `pull_requests` empty for PRs from forks, so prNumber is often null here.
    const run = obj(payload.workflow_run);
    headSha = str(run?.head_sha) ?? envSha;
    const prs = Array.isArray(run?.pull_requests) ? run.pull_requests.map(obj).filter((p): p is Obj => p !== null) : [];
    const match = prs.find((p) => str(obj(p.head)?.sha) === headSha) ?? prs[0];
    prNumber = posInt(match?.number);
    const headRepo = fullName(run?.head_repository);
    isFork = headRepo !== null && headRepo !== repository;
    const id = posInt(run?.id);
    if (id !== null) triggerRun = { id, event: str(run?.event) ?? '', url: `${serverUrl}/${owner}/${repo}/actions/runs/${id}` };
  }

  return { eventName, owner, repo, prNumber, headSha, isFork, runUrl, runId, serverUrl, apiUrl, triggerRun };
}

/** `readContext` over `env` and the event file it names (`{}` when `GITHUB_EVENT_PATH` is unset or missing). */
export function loadContext(env: Env = process.env): GateContext {
  const path = env.GITHUB_EVENT_PATH;
  let event: unknown = {};
  if (path) {
    let text: string | null = null;
    try {
      text = readFileSync(path, 'utf8');
    } catch {
      text = null; // the runner always writes it; a local run may not have one
    }
    if (text !== null) {
      try {
        event = JSON.parse(text);
      } catch (e) {
        throw new Error(`GITHUB_EVENT_PATH ${path} is not valid JSON: ${(e as Error).message}`);
      }
    }
  }
  return readContext(env, event);
}
