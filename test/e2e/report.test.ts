// The report end to end, through the bundled dist/index.js as the runner runs it:
// report.html next to report.json, the artifact upload (against a fake of the
// Actions results service and its blob storage, on loopback) linked from the
// comment, and the one-warning fallback where the runtime cannot upload. The
// verdict never depends on the upload.
import { createServer, type IncomingMessage, type Server } from 'node:http';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { availableNodes } from './harness/runAction.js';
import { HOSTILE_NAME, manySegmentsFiles } from '../report/scenarios.js';
import { e2eSession, example } from './harness/session.js';

const { fake, run, track } = e2eSession();

const FILES = {
  'eval/baseline.csv': example('baseline.csv'),
  'eval/candidate.csv': example('candidate.csv'),
  'gate.yml': example('gate.yml'),
};
const INPUTS = { name: 'fraud-scorer', 'baseline-eval': 'eval/baseline.csv', 'candidate-eval': 'eval/candidate.csv', 'config-file': 'gate.yml' };
const RUN_URL = 'https://github.com/octo-org/models/actions/runs/9876543210';

/**
 * The Actions results service (twirp JSON) and a blob store, as @actions/artifact
 * talks to them: CreateArtifact hands out a signed URL, the zip is PUT there in
 * blocks, FinalizeArtifact returns the id.
 */
interface FakeResults {
  url: string;
  calls: string[];
  /** The uploaded bytes (all blocks, in order). */
  blob: Buffer;
  close(): Promise<void>;
}

async function startFakeResults(artifactId: string): Promise<FakeResults> {
  const state: FakeResults = { url: '', calls: [], blob: Buffer.alloc(0), close: async () => {} };
  const blocks = new Map<string, Buffer>();
  const body = (req: IncomingMessage): Promise<Buffer> =>
    new Promise((resolve) => {
      const parts: Buffer[] = [];
      req.on('data', (c: Buffer) => parts.push(c));
      req.on('end', () => resolve(Buffer.concat(parts)));
    });
  const server: Server = createServer(async (req, res) => {
    const url = new URL(req.url ?? '/', state.url);
    const data = await body(req);
    state.calls.push(`${req.method} ${url.pathname}${url.searchParams.get('comp') ? `?comp=${url.searchParams.get('comp')}` : ''}`);
    const json = (o: unknown) => {
      res.writeHead(200, { 'content-type': 'application/json' });
      res.end(JSON.stringify(o));
    };
    if (url.pathname.endsWith('.ArtifactService/CreateArtifact')) return json({ ok: true, signedUploadUrl: `${state.url}blob/report.zip?sig=fake` });
    if (url.pathname.endsWith('.ArtifactService/FinalizeArtifact')) return json({ ok: true, artifactId });
    if (url.pathname === '/blob/report.zip' && req.method === 'PUT') {
      const comp = url.searchParams.get('comp');
      if (comp === 'block') blocks.set(url.searchParams.get('blockid')!, data);
      else if (comp === 'blocklist') {
        const ids = [...data.toString('utf8').matchAll(/<(?:Latest|Uncommitted|Committed)>([^<]+)</g)].map((m) => m[1]);
        state.blob = Buffer.concat(ids.map((id) => blocks.get(id) ?? Buffer.alloc(0)));
      } else state.blob = data;
      res.writeHead(201, { etag: '"0x1"', 'last-modified': new Date(0).toUTCString(), 'x-ms-request-id': 'fake', 'x-ms-version': '2024-11-04' });
      return res.end();
    }
    res.writeHead(404);
    res.end();
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const port = (server.address() as { port: number }).port;
  state.url = `http://127.0.0.1:${port}/`;
  state.close = () => new Promise((resolve) => server.close(() => resolve()));
  return state;
}

/** An ACTIONS_RUNTIME_TOKEN as @actions/artifact reads it: a JWT whose `scp` names the run and job. */
function runtimeToken(): string {
  const b64 = (o: object) => Buffer.from(JSON.stringify(o)).toString('base64url');
  return `${b64({ alg: 'none', typ: 'JWT' })}.${b64({ scp: 'Actions.ExampleScope Actions.Results:run-backend-id:job-backend-id' })}.sig`;
}

describe.each(availableNodes())('the report on $label', (node) => {
  it('uploads report-dir as the gate’s artifact and links it from the comment', async () => {
    const gh = await fake();
    const results = await startFakeResults('314');
    track(() => results.close());
    const r = await run({
      node: node.path,
      github: gh,
      files: FILES,
      inputs: INPUTS,
      env: { ACTIONS_RUNTIME_TOKEN: runtimeToken(), ACTIONS_RESULTS_URL: results.url },
    });

    expect(r.code).toBe(1);
    expect(r.outputs.verdict).toBe('fail');
    expect(r.warnings).toEqual([]);
    expect(results.calls[0]).toBe('POST /twirp/github.actions.results.api.v1.ArtifactService/CreateArtifact');
    expect(results.calls.at(-1)).toBe('POST /twirp/github.actions.results.api.v1.ArtifactService/FinalizeArtifact');
    // The zip holds the three report files (zip stores names in clear).
    const names = results.blob.toString('latin1');
    for (const f of ['report.json', 'report.md', 'report.html']) expect(names).toContain(f);

    const link = `[full report](${RUN_URL}/artifacts/314) (artifact model\\-gate\\-fraud\\-scorer)`;
    expect(gh.commentsOn(7)[0].body).toContain(link);
    expect(r.summary).toContain(link);
    // The files in report-dir are what the artifact holds: report.json names the artifact, its id came later.
    const dir = join(r.workspace, 'model-gate-report');
    expect(JSON.parse(readFileSync(join(dir, 'report.json'), 'utf8')).artifact).toEqual({ name: 'model-gate-fraud-scorer', url: null });
    expect(readFileSync(join(dir, 'report.html'), 'utf8')).toMatch(/^<!doctype html>/);
  });

  it('without the Actions runtime: one warning about the artifact, the same verdict, comment and files', async () => {
    const gh = await fake();
    const r = await run({ node: node.path, github: gh, files: FILES, inputs: INPUTS, env: { ACTIONS_RUNTIME_TOKEN: undefined } });

    expect(r.code).toBe(1);
    expect(r.outputs.verdict).toBe('fail');
    expect(r.outputs.failures).toBe('1');
    expect(r.warnings).toHaveLength(1);
    expect(r.warnings[0]).toMatch(/^Report artifact not uploaded: ACTIONS_RUNTIME_TOKEN is not set/);
    const body = gh.commentsOn(7)[0].body;
    expect(body).toContain('❌ blocked');
    expect(body).not.toContain('/artifacts/');
    expect(body).toContain(`[workflow run](${RUN_URL}) (report.json, report.html)`);
    for (const f of ['report.json', 'report.md', 'report.html']) expect(existsSync(join(r.workspace, 'model-gate-report', f))).toBe(true);
  });
});

describe('comments GitHub accepts', () => {
  const node = availableNodes()[0];

  it('3,000 segments and about 1,000 failures: the comment fits under 65,536 characters with its marker and names the worst', async () => {
    const gh = await fake();
    const many = manySegmentsFiles();
    const files = { 'eval/baseline.csv': many.baseline, 'eval/candidate.csv': many.candidate, 'gate.yml': many.config };
    const r = await run({ node: node.path, github: gh, files, inputs: { ...INPUTS, artifact: 'false' }, timeoutMs: 120_000 });
    expect(r.code).toBe(1);
    expect(Number(r.outputs.failures)).toBeGreaterThan(800);
    const body = gh.commentsOn(7)[0].body;
    expect([...body].length).toBeLessThanOrEqual(65_536);
    expect(body.length).toBeGreaterThan(60_000);
    expect(body).toMatch(/…and [\d,]+ more failed checks, less severe than those above/);
    // The job summary has room for all of them.
    expect(r.summary).not.toContain('more failed checks');
  });

  it('a hostile gate name: its own sticky comment, the name as plain text', async () => {
    const gh = await fake();
    const r = await run({ node: node.path, github: gh, files: FILES, inputs: { ...INPUTS, name: HOSTILE_NAME, artifact: 'false' } });
    expect(r.code).toBe(1);
    const [c] = gh.commentsOn(7);
    expect(
      c.body.startsWith('<!-- model-release-gate:%40octocat%20%3Cimg%20src%3Dx%20onerror%3Dalert(1)%3E%20%23123%20%5Bx%5D(https%3A%2F%2Fevil) -->\n### Model gate @\u200boctocat &lt;img'),
    ).toBe(true);
  });
});

describe('where uploads cannot work', () => {
  const node = availableNodes()[0];

  it('GitHub Enterprise Server: one warning, the verdict stands', async () => {
    const gh = await fake();
    const r = await run({ node: node.path, github: gh, files: FILES, inputs: INPUTS, env: { ACTIONS_RUNTIME_TOKEN: runtimeToken(), GITHUB_SERVER_URL: 'https://github.example.corp' } });
    expect(r.code).toBe(1);
    expect(r.outputs.verdict).toBe('fail');
    expect(r.warnings).toEqual([expect.stringMatching(/^Report artifact not uploaded: https:\/\/github\.example\.corp looks like GitHub Enterprise Server/)]);
  });

  it('a results service that refuses: one warning, the verdict stands', async () => {
    const gh = await fake();
    const refusing = createServer((_req, res) => {
      res.writeHead(400, { 'content-type': 'application/json' });
      res.end(JSON.stringify({ code: 'invalid_argument', msg: 'artifact name already used' }));
    });
    await new Promise<void>((resolve) => refusing.listen(0, '127.0.0.1', resolve));
    track(() => new Promise((resolve) => refusing.close(() => resolve())));
    const url = `http://127.0.0.1:${(refusing.address() as { port: number }).port}/`;
    const files = { ...FILES, 'eval/candidate.csv': FILES['eval/baseline.csv'] };
    const r = await run({ node: node.path, github: gh, files, inputs: INPUTS, env: { ACTIONS_RUNTIME_TOKEN: runtimeToken(), ACTIONS_RESULTS_URL: url } });
    expect(r.code).toBe(0);
    expect(r.outputs.verdict).toBe('pass');
    expect(r.warnings).toHaveLength(1);
    expect(r.warnings[0]).toMatch(/^Report artifact not uploaded: the upload failed: .*400/);
  });

  it('artifact: false uploads nothing and warns about nothing', async () => {
    const gh = await fake();
    const r = await run({ node: node.path, github: gh, files: FILES, inputs: { ...INPUTS, artifact: 'false' } });
    expect(r.code).toBe(1);
    expect(r.warnings).toEqual([]);
    expect(JSON.parse(readFileSync(r.outputs['report-json'], 'utf8')).artifact).toBeNull();
  });
});
