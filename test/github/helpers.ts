// A real client (retry + throttling plugins, real HTTP) pointed at a FakeGithub,
// with every wait in milliseconds instead of seconds and notices collected.
import { createClient, type ClientLog, type GitHubClient } from '../../src/github/octokit.js';
import { FAKE_TOKEN, type FakeGithub } from '../e2e/harness/fakeGithub.js';

export interface TestClient {
  client: GitHubClient;
  notices: string[];
}

export function testClient(gh: FakeGithub, token = FAKE_TOKEN, requestTimeoutMs = 2000): TestClient {
  const notices: string[] = [];
  const log: ClientLog = {
    debug: () => {},
    info: (m) => notices.push(`info: ${m}`),
    warn: (m) => notices.push(`warn: ${m}`),
    error: (m) => notices.push(`error: ${m}`),
  };
  const client = createClient(token, { baseUrl: gh.url, waitUnitMs: 1, spaceWrites: false, requestTimeoutMs, log });
  return { client, notices };
}
