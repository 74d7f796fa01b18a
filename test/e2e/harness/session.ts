// session.ts: what every end-to-end file sets up: fake GitHub servers and action
// runs that are closed after each test (`e2eSession`), the examples' text, and
// the assertion that a user's mistake shows no stack trace.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, expect } from 'vitest';
import { startFakeGithub, type FakeGithub } from './fakeGithub.js';
import { REPO_ROOT, runAction, type ActionResult, type RunActionOptions } from './runAction.js';

/** The text of `examples/<file>`. */
export const example = (file: string): string => readFileSync(join(REPO_ROOT, 'examples', file), 'utf8');

/** No line of the run's output looks like a stack frame. */
export function expectNoStack(r: ActionResult): void {
  expect(`${r.stdout}\n${r.stderr}`).not.toMatch(/^\s+at .+:\d+:\d+\)?$/m);
}

export interface E2eSession {
  /** A fake GitHub with pull request 7 (and whatever `setup` adds), closed after the test. */
  fake(): Promise<FakeGithub>;
  /** One action run (options through the session's defaults), its files removed after the test. */
  run(opts: RunActionOptions): Promise<ActionResult>;
  /** Registers anything else to close after the test. */
  track(close: () => Promise<void> | void): void;
}

/**
 * Registers the after-each cleanup of a test file and returns its helpers.
 * @param defaults applied to every run's options (e.g. the file's fixed inputs)
 * @param setup applied to every fake GitHub after it starts (default: pull request 7)
 */
export function e2eSession(defaults: (opts: RunActionOptions) => RunActionOptions = (o) => o, setup: (gh: FakeGithub) => void = (gh) => gh.setPull(7)): E2eSession {
  const cleanups: Array<() => Promise<void> | void> = [];
  afterEach(async () => {
    while (cleanups.length) await cleanups.pop()!();
  });
  return {
    async fake() {
      const gh = await startFakeGithub();
      setup(gh);
      cleanups.push(() => gh.close());
      return gh;
    },
    async run(opts) {
      const r = await runAction(defaults(opts));
      cleanups.push(() => r.cleanup());
      return r;
    },
    track(close) {
      cleanups.push(close);
    },
  };
}
