// The GitHub API client: Octokit from @actions/github with retries (5xx, network
// errors, timeouts) and rate-limit handling, every wait bounded. Only src/github/
// holds the token.

import * as core from '@actions/core';
import { getOctokit } from '@actions/github';
import { defaults as actionsDefaults } from '@actions/github/lib/utils';
import { retry } from '@octokit/plugin-retry';
import { throttling, type ThrottlingOptions } from '@octokit/plugin-throttling';

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

/** A fetch whose every attempt is aborted after `ms`, as an ordinary error so the retry plugin retries it. */
function fetchWithTimeout(base: Fetch, ms: number): Fetch {
  return async (url, init) => {
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
 * Worst case per request with defaults: 4 attempts x 20 s + 14 s of backoff.
 */
export function createClient(token: string, options: ClientOptions = {}): GitHubClient {
  const retries = options.retries ?? 3;
  const unit = options.waitUnitMs ?? 1000;
  const maxWait = options.maxRateLimitWait ?? 60;
  const log = options.log ?? coreLog;
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
      request: { ...actionsDefaults.request, fetch: fetchWithTimeout(baseFetch, options.requestTimeoutMs ?? 20_000) },
      retry: { retries, retryAfterBaseValue: unit },
      throttle,
      log,
    },
    retry,
    throttling,
  );
}
