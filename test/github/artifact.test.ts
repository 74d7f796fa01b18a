import { describe, expect, it } from 'vitest';
import { artifactName, isGhes, uploadReportArtifact, type Uploader } from '../../src/github/artifact.js';

const RUN_URL = 'https://github.com/octo-org/models/actions/runs/9876543210';
const ENV = { ACTIONS_RUNTIME_TOKEN: 'token', GITHUB_SERVER_URL: 'https://github.com' };
const args = (upload: Uploader, env: Record<string, string | undefined> = ENV) => ({
  name: 'model-gate-fraud-scorer',
  dir: '/tmp/report',
  files: ['/tmp/report/report.json', '/tmp/report/report.html'],
  runUrl: RUN_URL,
  env,
  upload,
});

describe('artifactName', () => {
  it.each([
    ['fraud-scorer', 'model-gate-fraud-scorer'],
    ['a/b:c"d<e>f|g*h?i\\j', 'model-gate-a-b-c-d-e-f-g-h-i-j'],
    ['  spaced\tname  ', 'model-gate-spaced name'],
    ['///', 'model-gate----'],
    ['', 'model-gate-model'],
  ])('%j -> %j', (gate, name) => {
    expect(artifactName(gate)).toBe(name);
    expect(name).not.toMatch(/["':<>|*?\\/\r\n]/);
  });
});

describe('isGhes: as @actions/artifact decides it', () => {
  it.each([
    [undefined, false],
    ['https://github.com', false],
    ['https://octo.ghe.com', false],
    ['http://github.localhost', false],
    ['https://github.example.corp', true],
  ])('%s -> %s', (server, ghes) => {
    expect(isGhes({ GITHUB_SERVER_URL: server })).toBe(ghes);
  });
});

describe('uploadReportArtifact', () => {
  it('uploads the files under the report directory and links the artifact on the run', async () => {
    const calls: unknown[][] = [];
    const r = await uploadReportArtifact(
      args(async (...a) => {
        calls.push(a);
        return { id: 314 };
      }),
    );
    expect(calls).toEqual([['model-gate-fraud-scorer', ['/tmp/report/report.json', '/tmp/report/report.html'], '/tmp/report']]);
    expect(r).toEqual({ uploaded: true, name: 'model-gate-fraud-scorer', id: 314, url: `${RUN_URL}/artifacts/314` });
  });

  it.each([
    ['no ACTIONS_RUNTIME_TOKEN', { GITHUB_SERVER_URL: 'https://github.com' }, /ACTIONS_RUNTIME_TOKEN is not set/],
    ['GitHub Enterprise Server', { ...ENV, GITHUB_SERVER_URL: 'https://github.example.corp' }, /looks like GitHub Enterprise Server/],
  ])('does not try without a runtime that can upload: %s', async (_what, env, reason) => {
    let called = false;
    const r = await uploadReportArtifact(
      args(async () => {
        called = true;
        return { id: 1 };
      }, env),
    );
    expect(called).toBe(false);
    expect(r.uploaded).toBe(false);
    expect(!r.uploaded && r.reason).toMatch(reason);
  });

  it('turns an upload failure into a one-line reason, never a throw', async () => {
    const r = await uploadReportArtifact(
      args(async () => {
        throw new Error('Failed to CreateArtifact: Received non-retryable error: (409) Conflict\nmore detail');
      }),
    );
    expect(r).toEqual({ uploaded: false, name: 'model-gate-fraud-scorer', reason: 'the upload failed: Failed to CreateArtifact: Received non-retryable error: (409) Conflict' });
    const noId = await uploadReportArtifact(args(async () => ({})));
    expect(noId).toEqual({ uploaded: false, name: 'model-gate-fraud-scorer', reason: 'the artifact service returned no artifact id' });
  });
});
