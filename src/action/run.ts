// What every step of an action run shares: its inputs, where it runs, and the
// GitHub client (made on first use, only with a token).
import { createClient, type ClientOptions, type GateContext, type GitHubClient } from '../github/index.js';
import type { ActionInputs } from './inputs.js';

/** Where the README explains the fork-safe two-workflow setup. */
export const FORK_DOCS = 'README: "Pull requests from forks"';

/** What every step of a run shares: its inputs, where it runs, and the GitHub client (made on first use). */
export interface ActionRun {
  inputs: ActionInputs;
  ctx: GateContext;
  /** The client, or null without a token. */
  api(): GitHubClient | null;
}

/** The PR and commit a run publishes to; null where there is none. */
export interface Destination {
  prNumber: number | null;
  headSha: string | null;
}

/**
 * Test and debug aid, not a user input: MODEL_GATE_RETRY_UNIT_MS (ms) sets the time
 * unit of the client's retry and rate-limit waits, normally 1000 (retries after
 * 1 s, 4 s, 9 s), and turns off the spacing of writes (1 s apart) that GitHub asks
 * of real clients. The e2e tests set it to a few ms so scripted 5xx answers and
 * consecutive writes cost no seconds; the total budget for API calls (2 min) stays.
 */
function clientOptions(ctx: GateContext): ClientOptions {
  const unit = Number(process.env.MODEL_GATE_RETRY_UNIT_MS);
  if (!(Number.isFinite(unit) && unit > 0)) return { baseUrl: ctx.apiUrl };
  return { baseUrl: ctx.apiUrl, waitUnitMs: unit, spaceWrites: false };
}

export function actionRun(inputs: ActionInputs, ctx: GateContext): ActionRun {
  let client: GitHubClient | null = null;
  return {
    inputs,
    ctx,
    api: () => {
      if (inputs.token === '') return null;
      client ??= createClient(inputs.token, clientOptions(ctx));
      return client;
    },
  };
}
