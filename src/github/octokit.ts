// The GitHub API client: Octokit from @actions/github with retries (5xx, network
// errors, timeouts) and rate-limit handling, every wait bounded, and a total time
// budget across all of a client's calls. Only src/github/ holds the token.

import * as core from '@actions/core';
import { getOctokit } from '@actions/github';
import { defaults as actionsDefaults } from '@actions/github/lib/utils';
import { retry } from '@octokit/plugin-retry';
import { throttling, type ThrottlingOptions } from '@octokit/plugin-throttling';
import { GitHubApiError } from './errors.js';

export type GitHubClient = ReturnType<typeof getOctokit>;

export interface ClientLog {
  debug(message: string): void;
  info(message: string): void;
  warn(message: string): void;
  error(message: string): void;
}

export interface ClientOptions {
  /** REST API root, from `GITHUB_API_URL` (GitHub Enterprise, or a local fake in tests). Default `https://api.github.com`. */
  baseUrl?: string;
  /** Retries of one request after a 5xx, a network error or a timeout, and after a rate limit. Default 3. */
  retries?: number;
  /**
   * The time unit of every wait, in ms. Default 1000. Retry n waits (n+1)^2 units
   * (1 s, 4 s, 9 s); a rate limit waits GitHub's `retry-after` (or until its reset) in
   * units. Tests pass 1 to run the same logic in milliseconds.
   */
  waitUnitMs?: number;
  /** Give up instead of waiting longer than this many units for a rate limit. Default 60. */
  maxRateLimitWait?: number;
  /** Abort one attempt that has not answered within this many ms (then it is retried). Default 20000. */
  requestTimeoutMs?: number;
  /**
   * Space writes as GitHub asks (>= 1 s apart, 3 s for writes that notify, per token).
   * Default true; tests turn it off so they do not sleep.
   */
  spaceWrites?: boolean;
  /**
   * The time budget of all this client's calls together, in ms from its creation.
   * Default 120000 (2 min). No retry or rate-limit wait starts that would end past it,
   * each attempt's timeout is cut to what is left, and once it is spent every call
   * fails at once, so a GitHub outage costs the run at most this long.
   */
  budgetMs?: number;
  /** Where retry and rate-limit notices go. Default: @actions/core (debug, info, warning, error). */
  log?: ClientLog;
}

const coreLog: ClientLog = {
  debug: (m) => core.debug(m),
  info: (m) => core.info(m),
  warn: (m) => core.warning(m),
  error: (m) => core.error(m),
};

/**
 * A stand-in for the throttling plugin's per-token write queues that runs every
 * job at once. It implements the two calls the plugin makes (`key(id).schedule`).
 */
const unspacedGroup = {
  key: () => ({
    schedule: (_options: unknown, job: (...a: unknown[]) => unknown, ...args: unknown[]) => Promise.resolve(job(...args)),
  }),
} as unknown as NonNullable<Extract<ThrottlingOptions, { onRateLimit: unknown }>['write']>;

type Fetch = (url: string | URL, init?: RequestInit) => Promise<Response>;

/** The time left of a client's budget. */
interface Budget {
  /** For messages: `120 s`, `300 ms`. */
  label: string;
  remaining(): number;
}

function budgetFrom(totalMs: number): Budget {
  const deadline = Date.now() + totalMs;
  const label = totalMs >= 1000 ? `${Math.round(totalMs / 1000)} s` : `${totalMs} ms`;
  return { label, remaining: () => deadline - Date.now() };
}

/** The error of a call made after the budget is spent. It has no `request`, so neither plugin retries it. */
function budgetSpent(budget: Budget, method: string, url: string): GitHubApiError {
  return new GitHubApiError(0, method.toUpperCase(), url, `not sent, the ${budget.label} budget for GitHub API calls is spent`);
}

/** Statuses plugin-retry never retries (its default `doNotRetry`). */
const NOT_RETRIED = [400, 401, 403, 404, 410, 422, 451];

interface HookOptions {
  method: string;
  url: string;
  request: { retries?: number; retryCount?: number };
}
type HookedOctokit = { hook: { wrap(name: 'request', fn: (request: (o: HookOptions) => Promise<unknown>, o: HookOptions) => Promise<unknown>): void } };

/**
 * An Octokit plugin that keeps calls within the budget. Listed before the retry and
 * throttling plugins, its hook runs innermost, once per attempt: a spent budget
 * fails the attempt without sending it, and a failed attempt whose next retry wait
 * ((n+1)^2 units, as plugin-retry computes it) would end past the budget sets the
 * call's `request.retries` to 0, plugin-retry's documented per-call switch.
 */
function budgetPlugin(budget: Budget, unit: number, log: ClientLog) {
  return (octokit: unknown): Record<string, never> => {
    (octokit as HookedOctokit).hook.wrap('request', async (request, options) => {
      if (budget.remaining() <= 0) throw budgetSpent(budget, options.method, options.url);
      try {
        return await request(options);
      } catch (e) {
        const n = options.request.retryCount ?? 0;
        const status = (e as { status?: unknown }).status;
        const retryable = typeof status !== 'number' || !NOT_RETRIED.includes(status);
        if (retryable && options.request.retries !== 0 && budget.remaining() <= (n + 1) ** 2 * unit) {
          options.request.retries = 0;
          log.info(`GitHub API ${options.method} ${options.url}: not retrying, the ${budget.label} budget for GitHub API calls is nearly spent`);
        }
        throw e;
      }
    });
    return {};
  };
}

/** A fetch whose every attempt is aborted after `ms` (or what is left of the budget), as an ordinary error so the retry plugin retries it. */
function fetchWithTimeout(base: Fetch, requestMs: number, budget: Budget): Fetch {
  return async (url, init) => {
    const left = budget.remaining();
    if (left <= 0) throw budgetSpent(budget, init?.method ?? 'GET', String(url));
    const ms = Math.max(1, Math.min(requestMs, Math.ceil(left)));
    const timeout = AbortSignal.timeout(ms);
    const signal = init?.signal ? AbortSignal.any([init.signal, timeout]) : timeout;
    try {
      return await base(url, { ...init, signal });
    } catch (e) {
      if (timeout.aborted && !init?.signal?.aborted) throw new Error(`no response within ${ms} ms`);
      throw e;
    }
  };
}

/**
 * An authenticated client for `baseUrl`. Requests that fail with a 5xx, a network
 * error or a timeout are retried up to `retries` times with growing waits; primary
 * and secondary rate limits are waited out when the wait is at most
 * `maxRateLimitWait` units and retries remain, otherwise the request fails.
 * Worst case per request with defaults: 4 attempts x 20 s + 14 s of backoff; for all
 * the client's calls together, `budgetMs` (2 min).
 */
export function createClient(token: string, options: ClientOptions = {}): GitHubClient {
  const retries = options.retries ?? 3;
  const unit = options.waitUnitMs ?? 1000;
  const maxWait = options.maxRateLimitWait ?? 60;
  const log = options.log ?? coreLog;
  const budget = budgetFrom(options.budgetMs ?? 120_000);
  const baseFetch = (actionsDefaults.request?.fetch as Fetch | undefined) ?? globalThis.fetch;

  const onLimit =
    (kind: string) =>
    (retryAfter: number, req: { method: string; url: string }, _octokit: unknown, retryCount: number): boolean => {
      const what = `${req.method} ${req.url}`;
      if (retryCount >= retries) {
        log.warn(`GitHub ${kind} rate limit on ${what}: giving up after ${retryCount} retries`);
        return false;
      }
      if (retryAfter > maxWait) {
        log.warn(`GitHub ${kind} rate limit on ${what}: the reset is ${retryAfter} s away (more than ${maxWait} s), giving up`);
        return false;
      }
      if (retryAfter * unit >= budget.remaining()) {
        log.warn(`GitHub ${kind} rate limit on ${what}: waiting ${retryAfter} s would pass the ${budget.label} budget for GitHub API calls, giving up`);
        return false;
      }
      log.info(`GitHub ${kind} rate limit on ${what}: retrying in ${retryAfter} s`);
      return true;
    };

  const throttle: ThrottlingOptions = {
    onRateLimit: onLimit('primary'),
    onSecondaryRateLimit: onLimit('secondary'),
    retryAfterBaseValue: unit,
    fallbackSecondaryRateRetryAfter: 60,
    ...(options.spaceWrites === false ? { write: unspacedGroup, notifications: unspacedGroup } : {}),
  };

  return getOctokit(
    token,
    {
      baseUrl: (options.baseUrl ?? 'https://api.github.com').replace(/\/+$/, ''),
      request: { ...actionsDefaults.request, fetch: fetchWithTimeout(baseFetch, options.requestTimeoutMs ?? 20_000, budget) },
      retry: { retries, retryAfterBaseValue: unit },
      throttle,
      log,
    },
    budgetPlugin(budget, unit, log),
    retry,
    throttling,
  );
}
