// A fake of the GitHub REST API parts the gate uses, served over real HTTP on
// 127.0.0.1 (random port): issue comments (list with GitHub's Link pagination,
// create, get, update, delete), pulls, labels, issue events, collaborator
// permission, check runs (create) and /user. Records every request; tests seed state and script
// faults (5xx, 403 like a fork's token, rate limits, hangs, resets, barriers).

import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo, Socket } from 'node:net';

export interface FakeUser {
  login: string;
  id: number;
  type: 'User' | 'Bot';
}

/** The account GITHUB_TOKEN's comments are written by. */
export const ACTIONS_BOT: FakeUser = { login: 'github-actions[bot]', id: 41898282, type: 'Bot' };
/** The token the fake accepts by default: an Actions token (a Bot; `GET /user` answers 403 for it). */
export const FAKE_TOKEN = 'ghs_fakeActionsToken000000000000000000';

export interface TokenSpec {
  user: FakeUser;
  /** Writes answer 403 "Resource not accessible by integration", as a fork PR's token does. */
  readOnly?: boolean;
}

export type Role = 'admin' | 'maintain' | 'write' | 'triage' | 'read' | 'none';

export interface RecordedRequest {
  method: string;
  /** Pathname without the query, e.g. `/repos/o/r/issues/7/comments`. */
  path: string;
  query: Record<string, string>;
  /** Parsed JSON body, the raw text if it is not JSON, null when empty. */
  body: unknown;
  /** The raw `Authorization` header, or null. */
  auth: string | null;
  /** The status answered; 0 for a hang or reset. */
  status: number;
}

export interface ScriptedResponse {
  status: number;
  body?: unknown;
  headers?: Record<string, string>;
}
export type Fault =
  | ScriptedResponse
  /** Never answer (until the client gives up or the server closes). */
  | { hang: true }
  /** Destroy the connection without an answer (a network error). */
  | { reset: true }
  /** Hold matching requests until this many are waiting, then serve them all normally. */
  | { barrier: number }
  /** Serve normally after a pause. */
  | { delayMs: number };

export interface Match {
  method?: string;
  /** Exact pathname, or a pattern tested against it. */
  path?: string | RegExp;
}

/** GitHub's error body shape for `status`. */
export function ghError(status: number, message: string, headers: Record<string, string> = {}): ScriptedResponse {
  return { status, headers, body: { message, documentation_url: 'https://docs.github.com/rest', status: String(status) } };
}

/** Ready-made faults that answer as GitHub does. */
export const faults = {
  serverError: (status = 502): ScriptedResponse => ghError(status, status === 502 ? 'Server Error' : status === 503 ? 'Service Unavailable' : 'Internal Server Error'),
  /** What a fork PR's read-only token gets on any write. */
  forbidden: (): ScriptedResponse => ghError(403, 'Resource not accessible by integration'),
  secondaryRateLimit: (retryAfterS: number): ScriptedResponse =>
    ghError(403, 'You have exceeded a secondary rate limit. Please wait a few minutes before you try again.', {
      'retry-after': String(retryAfterS),
    }),
  /** The primary rate limit, resetting `resetInS` seconds from now. */
  rateLimit: (resetInS: number): ScriptedResponse =>
    ghError(403, 'API rate limit exceeded for installation ID 1.', {
      'x-ratelimit-remaining': '0',
      'x-ratelimit-reset': String(Math.floor(Date.now() / 1000) + resetInS),
    }),
};

export interface FakeComment {
  id: number;
  issue: number;
  body: string;
  user: FakeUser;
  created_at: string;
  updated_at: string;
}

interface IssueEvent {
  id: number;
  /** `labeled`, `unlabeled`, or any other issue event name (`assigned`, `head_ref_force_pushed`...). */
  event: string;
  actor: FakeUser;
  label: string | null;
  created_at: string;
}

export interface FakePull {
  number: number;
  title: string;
  user: FakeUser;
  headSha: string;
  headRef: string;
  /** `owner/name` of the head repository; differs from the base for a fork; null for a deleted fork. */
  headRepo: string | null;
  baseRef: string;
  baseSha: string;
  draft: boolean;
  state: 'open' | 'closed';
}

/** A check run as created through `POST /repos/{o}/{r}/check-runs`. */
export interface FakeCheckRun {
  id: number;
  name: string;
  head_sha: string;
  status: string;
  conclusion: string | null;
  details_url: string | null;
  output: { title: string; summary: string; text?: string };
  /** Who created it (the token's user). */
  app: string;
}

export interface FakeGithubOptions {
  /** The one repository that exists. Default `octo-org/models`. */
  repository?: string;
  /** Accepted tokens. Default: `FAKE_TOKEN` as the Actions bot. */
  tokens?: Record<string, TokenSpec>;
  /** Prefix of `html_url`s. Default `https://github.com`. */
  serverUrl?: string;
}

interface Rule {
  match: Match;
  fault: Fault;
  remaining: number;
  held: Array<() => void>;
}

const LEGACY_PERMISSION: Record<Role, string> = {
  admin: 'admin',
  maintain: 'write',
  write: 'write',
  triage: 'read',
  read: 'read',
  none: 'none',
};

const COLORS = ['d73a4a', '0075ca', 'a2eeef', '7057ff', '008672', 'e4e669'];

export class FakeGithub {
  /** Base URL to use as `GITHUB_API_URL`, e.g. `http://127.0.0.1:41234`. */
  url = '';
  readonly repository: string;
  readonly requests: RecordedRequest[] = [];
  /** Requests no route handled (answered 404); a test can assert this stays empty. */
  readonly unhandled: RecordedRequest[] = [];

  private readonly server: Server;
  private readonly sockets = new Set<Socket>();
  private readonly tokens: Map<string, TokenSpec>;
  private readonly serverUrl: string;
  private readonly rules: Rule[] = [];
  private readonly users = new Map<string, FakeUser>();
  private readonly comments: FakeComment[] = [];
  private readonly pulls = new Map<number, FakePull>();
  private readonly labels = new Map<number, string[]>();
  private readonly events = new Map<number, IssueEvent[]>();
  private readonly roles = new Map<string, { role: string; legacy: string }>();
  private readonly checks: FakeCheckRun[] = [];
  private nextId = 1_000_001;
  private clock = Date.parse('2025-01-01T00:00:00Z');
  private rateRemaining = 5000;

  constructor(options: FakeGithubOptions = {}) {
    this.repository = options.repository ?? 'octo-org/models';
    this.serverUrl = options.serverUrl ?? 'https://github.com';
    this.tokens = new Map(Object.entries(options.tokens ?? { [FAKE_TOKEN]: { user: ACTIONS_BOT } }));
    for (const t of this.tokens.values()) this.users.set(t.user.login, t.user);
    this.server = createServer((req, res) => void this.handle(req, res));
    this.server.on('connection', (s) => {
      this.sockets.add(s);
      s.on('close', () => this.sockets.delete(s));
    });
  }

  /** Start listening on a random port of 127.0.0.1. */
  async listen(): Promise<this> {
    await new Promise<void>((resolve) => this.server.listen(0, '127.0.0.1', resolve));
    this.url = `http://127.0.0.1:${(this.server.address() as AddressInfo).port}`;
    return this;
  }

  /** Stop: drop every connection (answering nothing to hung requests) and close. */
  async close(): Promise<void> {
    for (const r of this.rules) for (const release of r.held.splice(0)) release();
    for (const s of this.sockets) s.destroy();
    await new Promise<void>((resolve) => this.server.close(() => resolve()));
  }

  // ---------------------------------------------------------------- scripting

  /** Accept one more token. */
  addToken(token: string, spec: TokenSpec): void {
    this.tokens.set(token, spec);
    this.users.set(spec.user.login, spec.user);
  }

  /** The next `times` requests matching `match` get `fault` instead of (or before) the normal answer. */
  fail(match: Match, fault: Fault, times = 1): void {
    this.rules.push({ match, fault, remaining: times, held: [] });
  }

  /** A user account (a person unless `type` says Bot), created on first use with a stable id. */
  user(login: string, type: 'User' | 'Bot' = 'User'): FakeUser {
    let u = this.users.get(login);
    if (!u) {
      u = { login, id: 5000 + this.users.size, type };
      this.users.set(login, u);
    }
    return u;
  }

  // ---------------------------------------------------------------- state

  /** Add comments to an issue or PR, oldest first. An author given by login is a person. */
  seedComments(issue: number, comments: Array<{ user: FakeUser | string; body: string }>): FakeComment[] {
    return comments.map((c) => this.addComment(issue, typeof c.user === 'string' ? this.user(c.user) : c.user, c.body));
  }

  /** The comments of an issue or PR as stored now, oldest first. */
  commentsOn(issue: number): FakeComment[] {
    return this.comments.filter((c) => c.issue === issue).map((c) => ({ ...c }));
  }

  /** Create or change a pull request. */
  setPull(number: number, pull: Partial<Omit<FakePull, 'number'>> = {}): FakePull {
    const prev = this.pulls.get(number);
    const p: FakePull = {
      number,
      title: `Update model (#${number})`,
      user: this.user('model-author'),
      headSha: 'a'.repeat(40),
      headRef: `model-update-${number}`,
      headRepo: this.repository,
      baseRef: 'main',
      baseSha: 'b'.repeat(40),
      draft: false,
      state: 'open',
      ...prev,
      ...pull,
    };
    this.pulls.set(number, p);
    return p;
  }

  /** Apply a label as `actor` (a login is a person): it is on the issue and a `labeled` event records who. */
  addLabel(issue: number, name: string, actor: FakeUser | string): void {
    const list = this.labels.get(issue) ?? [];
    if (!list.includes(name)) list.push(name);
    this.labels.set(issue, list);
    this.pushEvent(issue, 'labeled', name, actor);
  }

  removeLabel(issue: number, name: string, actor: FakeUser | string): void {
    this.labels.set(
      issue,
      (this.labels.get(issue) ?? []).filter((l) => l !== name),
    );
    this.pushEvent(issue, 'unlabeled', name, actor);
  }

  /** Some other issue event (`assigned`, `head_ref_force_pushed`, `review_requested`...), as noise between label events. */
  addEvent(issue: number, event: string, actor: FakeUser | string): void {
    this.pushEvent(issue, event, null, actor);
  }

  /**
   * A collaborator's role on the repository. A custom role (any other name) needs the
   * legacy `permission` GitHub reports for it (`admin`, `write` or `read`). Anyone else
   * has `none`, except a Bot, which GitHub answers 404 for.
   */
  setPermission(login: string, role: Role | string, legacyPermission?: string): void {
    this.user(login);
    const legacy = legacyPermission ?? LEGACY_PERMISSION[role as Role];
    if (legacy === undefined) throw new Error(`setPermission: custom role "${role}" needs its legacy permission`);
    this.roles.set(login, { role, legacy });
  }

  /** The check runs created so far, oldest first. */
  checkRuns(): FakeCheckRun[] {
    return this.checks.map((c) => ({ ...c, output: { ...c.output } }));
  }

  /** Recorded requests with this method whose path matches. */
  requestsTo(method: string, path: string | RegExp): RecordedRequest[] {
    return this.requests.filter((r) => r.method === method && matchPath(path, r.path));
  }

  // ---------------------------------------------------------------- internals

  private tick(): string {
    this.clock += 1000;
    return new Date(this.clock).toISOString().replace('.000Z', 'Z');
  }

  private addComment(issue: number, user: FakeUser, body: string): FakeComment {
    const at = this.tick();
    const c: FakeComment = { id: this.nextId++, issue, body, user, created_at: at, updated_at: at };
    this.comments.push(c);
    return c;
  }

  private pushEvent(issue: number, event: string, label: string | null, actor: FakeUser | string): void {
    const list = this.events.get(issue) ?? [];
    list.push({ id: this.nextId++, event, label, actor: typeof actor === 'string' ? this.user(actor) : actor, created_at: this.tick() });
    this.events.set(issue, list);
  }

  private userJson(u: FakeUser): Record<string, unknown> {
    return {
      login: u.login,
      id: u.id,
      node_id: `U_${u.id}`,
      type: u.type,
      site_admin: false,
      html_url: `${this.serverUrl}/${u.login.replace('[bot]', '')}`,
    };
  }

  private commentJson(c: FakeComment): Record<string, unknown> {
    const kind = this.pulls.has(c.issue) ? 'pull' : 'issues';
    return {
      id: c.id,
      node_id: `IC_${c.id}`,
      url: `${this.url}/repos/${this.repository}/issues/comments/${c.id}`,
      html_url: `${this.serverUrl}/${this.repository}/${kind}/${c.issue}#issuecomment-${c.id}`,
      issue_url: `${this.url}/repos/${this.repository}/issues/${c.issue}`,
      body: c.body,
      user: this.userJson(c.user),
      created_at: c.created_at,
      updated_at: c.updated_at,
      author_association: c.user.type === 'Bot' ? 'NONE' : 'CONTRIBUTOR',
    };
  }

  private labelJson(name: string): Record<string, unknown> {
    const id = [...name].reduce((h, ch) => (h * 31 + ch.charCodeAt(0)) >>> 0, 7);
    return { id, node_id: `LA_${id}`, name, color: COLORS[id % COLORS.length], default: false, description: null };
  }

  private pullJson(p: FakePull): Record<string, unknown> {
    const repoJson = (full: string | null) =>
      full === null ? null : { full_name: full, name: full.split('/')[1], fork: full !== this.repository, owner: this.userJson(this.user(full.split('/')[0])) };
    return {
      number: p.number,
      id: 9_000_000 + p.number,
      state: p.state,
      title: p.title,
      draft: p.draft,
      user: this.userJson(p.user),
      html_url: `${this.serverUrl}/${this.repository}/pull/${p.number}`,
      head: { ref: p.headRef, sha: p.headSha, label: `${(p.headRepo ?? 'unknown/x').split('/')[0]}:${p.headRef}`, repo: repoJson(p.headRepo) },
      base: { ref: p.baseRef, sha: p.baseSha, label: `${this.repository.split('/')[0]}:${p.baseRef}`, repo: repoJson(this.repository) },
      labels: (this.labels.get(p.number) ?? []).map((l) => this.labelJson(l)),
      merged: false,
    };
  }

  private send(res: ServerResponse, rec: RecordedRequest, r: ScriptedResponse): void {
    rec.status = r.status;
    const reset = Math.floor(Date.now() / 1000) + 3600;
    this.rateRemaining = Math.max(0, this.rateRemaining - 1);
    const headers: Record<string, string> = {
      'content-type': 'application/json; charset=utf-8',
      'x-github-request-id': `FAKE:${this.requests.length}`,
      'x-ratelimit-limit': '5000',
      'x-ratelimit-remaining': String(this.rateRemaining),
      'x-ratelimit-reset': String(reset),
      'x-ratelimit-used': String(5000 - this.rateRemaining),
      'x-ratelimit-resource': 'core',
      ...r.headers,
    };
    if (r.status === 204 || r.body === undefined) {
      res.writeHead(r.status, headers).end();
    } else {
      res.writeHead(r.status, headers).end(JSON.stringify(r.body));
    }
  }

  /** One page of `items` as GitHub serves it: `per_page` (default 30, at most 100), `page`, and a Link header. */
  private page(url: URL, items: unknown[]): ScriptedResponse {
    const perPage = Math.min(100, Math.max(1, Number(url.searchParams.get('per_page')) || 30));
    const page = Math.max(1, Number(url.searchParams.get('page')) || 1);
    const last = Math.max(1, Math.ceil(items.length / perPage));
    const link = (p: number, rel: string) => {
      const u = new URL(url.pathname, this.url);
      for (const [k, v] of url.searchParams) if (k !== 'page') u.searchParams.set(k, v);
      u.searchParams.set('page', String(p));
      return `<${u.toString()}>; rel="${rel}"`;
    };
    const links: string[] = [];
    if (page > 1) links.push(link(page - 1, 'prev'));
    if (page < last) links.push(link(page + 1, 'next'), link(last, 'last'));
    if (page > 1) links.push(link(1, 'first'));
    return {
      status: 200,
      body: items.slice((page - 1) * perPage, page * perPage),
      headers: links.length ? { link: links.join(', ') } : {},
    };
  }

  private async handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const url = new URL(req.url ?? '/', 'http://127.0.0.1');
    const method = (req.method ?? 'GET').toUpperCase();
    const chunks: Buffer[] = [];
    for await (const c of req) chunks.push(c as Buffer);
    const raw = Buffer.concat(chunks).toString('utf8');
    let body: unknown = null;
    let badJson = false;
    if (raw !== '') {
      try {
        body = JSON.parse(raw);
      } catch {
        body = raw;
        badJson = true;
      }
    }
    const auth = typeof req.headers.authorization === 'string' ? req.headers.authorization : null;
    const rec: RecordedRequest = { method, path: url.pathname, query: Object.fromEntries(url.searchParams), body, auth, status: 0 };
    this.requests.push(rec);

    const rule = this.rules.find((r) => r.remaining > 0 && matches(r.match, method, url.pathname));
    if (rule) {
      rule.remaining--;
      const f = rule.fault;
      if ('hang' in f) return;
      if ('reset' in f) {
        req.socket.destroy();
        return;
      }
      if ('barrier' in f) {
        await new Promise<void>((resolve) => {
          rule.held.push(resolve);
          if (rule.held.length >= f.barrier) for (const release of rule.held.splice(0)) release();
        });
      } else if ('delayMs' in f) {
        await new Promise((resolve) => setTimeout(resolve, f.delayMs));
      } else {
        this.send(res, rec, f);
        return;
      }
    }

    if (res.destroyed) return;
    this.send(res, rec, this.route(method, url, body, badJson, auth, rec));
  }

  private route(method: string, url: URL, body: unknown, badJson: boolean, auth: string | null, rec: RecordedRequest): ScriptedResponse {
    const m = /^(token|bearer) (\S+)$/i.exec(auth ?? '');
    if (!auth) return ghError(401, 'Requires authentication');
    if (!m) return ghError(401, 'Bad credentials');
    const token = this.tokens.get(m[2]);
    if (!token) return ghError(401, 'Bad credentials');
    if (badJson) return ghError(400, 'Problems parsing JSON');
    const isWrite = method !== 'GET' && method !== 'HEAD';
    const p = url.pathname;

    if (p === '/user' && method === 'GET') {
      if (token.user.type === 'Bot') return ghError(403, 'Resource not accessible by integration');
      return { status: 200, body: this.userJson(token.user) };
    }

    const repoMatch = /^\/repos\/([^/]+)\/([^/]+)(\/.*)?$/.exec(p);
    if (!repoMatch || `${repoMatch[1]}/${repoMatch[2]}`.toLowerCase() !== this.repository.toLowerCase()) {
      return this.notFound(rec);
    }
    const rest = repoMatch[3] ?? '';
    if (isWrite && token.readOnly) return ghError(403, 'Resource not accessible by integration');

    let r: RegExpExecArray | null;
    if (rest === '' && method === 'GET') {
      return { status: 200, body: { full_name: this.repository, name: this.repository.split('/')[1], private: false } };
    }
    if ((r = /^\/issues\/(\d+)\/comments$/.exec(rest))) {
      const issue = Number(r[1]);
      if (method === 'GET') {
        const since = url.searchParams.get('since');
        const list = this.comments.filter((c) => c.issue === issue && (!since || c.updated_at >= since));
        return this.page(
          url,
          list.map((c) => this.commentJson(c)),
        );
      }
      if (method === 'POST') {
        const text = (body as { body?: unknown } | null)?.body;
        const invalid = validateBody(text);
        if (invalid) return invalid;
        return { status: 201, body: this.commentJson(this.addComment(issue, token.user, text as string)) };
      }
    }
    if ((r = /^\/issues\/comments\/(\d+)$/.exec(rest))) {
      const id = Number(r[1]);
      const idx = this.comments.findIndex((c) => c.id === id);
      if (idx < 0) return ghError(404, 'Not Found');
      const c = this.comments[idx];
      if (method === 'GET') return { status: 200, body: this.commentJson(c) };
      // As GitHub answers an integration's token: it may edit and delete only the comments it wrote.
      if ((method === 'PATCH' || method === 'DELETE') && c.user.login !== token.user.login) {
        return ghError(403, 'Resource not accessible by integration');
      }
      if (method === 'PATCH') {
        const text = (body as { body?: unknown } | null)?.body;
        const invalid = validateBody(text);
        if (invalid) return invalid;
        c.body = text as string;
        c.updated_at = this.tick();
        return { status: 200, body: this.commentJson(c) };
      }
      if (method === 'DELETE') {
        this.comments.splice(idx, 1);
        return { status: 204 };
      }
    }
    if ((r = /^\/pulls\/(\d+)$/.exec(rest)) && method === 'GET') {
      const pull = this.pulls.get(Number(r[1]));
      return pull ? { status: 200, body: this.pullJson(pull) } : ghError(404, 'Not Found');
    }
    if ((r = /^\/issues\/(\d+)\/labels$/.exec(rest)) && method === 'GET') {
      return this.page(
        url,
        (this.labels.get(Number(r[1])) ?? []).map((l) => this.labelJson(l)),
      );
    }
    if ((r = /^\/issues\/(\d+)\/events$/.exec(rest)) && method === 'GET') {
      const list = (this.events.get(Number(r[1])) ?? []).map((e) => ({
        id: e.id,
        node_id: `LE_${e.id}`,
        event: e.event,
        actor: this.userJson(e.actor),
        ...(e.label === null ? {} : { label: { name: e.label, color: (this.labelJson(e.label) as { color: string }).color } }),
        created_at: e.created_at,
      }));
      return this.page(url, list);
    }
    if (rest === '/check-runs' && method === 'POST') {
      const invalid = validateCheckRun(body);
      if (invalid) return invalid;
      const b = body as Record<string, any>;
      const run: FakeCheckRun = {
        id: this.nextId++,
        name: b.name,
        head_sha: b.head_sha,
        status: b.status ?? 'queued',
        conclusion: b.conclusion ?? null,
        details_url: b.details_url ?? null,
        output: { ...b.output },
        app: token.user.login,
      };
      this.checks.push(run);
      return {
        status: 201,
        body: { ...run, html_url: `${this.serverUrl}/${this.repository}/runs/${run.id}`, url: `${this.url}/repos/${this.repository}/check-runs/${run.id}` },
      };
    }
    if ((r = /^\/collaborators\/([^/]+)\/permission$/.exec(rest)) && method === 'GET') {
      const login = decodeURIComponent(r[1]);
      const seeded = this.roles.get(login);
      if (!seeded && this.users.get(login)?.type === 'Bot') return ghError(404, 'Not Found');
      const { role, legacy } = seeded ?? { role: 'none', legacy: 'none' };
      return {
        status: 200,
        body: { permission: legacy, role_name: role, user: this.userJson(this.user(login)) },
      };
    }
    return this.notFound(rec);
  }

  private notFound(rec: RecordedRequest): ScriptedResponse {
    this.unhandled.push(rec);
    return ghError(404, 'Not Found');
  }
}

function matchPath(pattern: string | RegExp, path: string): boolean {
  return typeof pattern === 'string' ? pattern === path : pattern.test(path);
}

function matches(m: Match, method: string, path: string): boolean {
  return (!m.method || m.method.toUpperCase() === method) && (!m.path || matchPath(m.path, path));
}

/** GitHub's 422 for a missing or over-long comment body, or null when the body is fine. */
function validateBody(text: unknown): ScriptedResponse | null {
  const fail = (message: string): ScriptedResponse => ({
    status: 422,
    body: {
      message: 'Validation Failed',
      errors: [{ resource: 'IssueComment', code: 'custom', field: 'body', message }],
      documentation_url: 'https://docs.github.com/rest/issues/comments',
      status: '422',
    },
  });
  if (typeof text !== 'string' || text === '') return fail("body can't be blank");
  if ([...text].length > 65_536) return fail('body is too long (maximum is 65536 characters)');
  return null;
}

/** GitHub's 422 for a check run it would not create, or null when the request is fine. */
function validateCheckRun(body: unknown): ScriptedResponse | null {
  const fail = (message: string): ScriptedResponse => ghError(422, message);
  const b = body as Record<string, any> | null;
  if (!b || typeof b.name !== 'string' || b.name === '') return fail('Invalid request. "name" wasn\'t supplied.');
  if (typeof b.head_sha !== 'string' || !/^[0-9a-f]{40}$/.test(b.head_sha)) return fail('No commit found for SHA: ' + String(b.head_sha));
  const conclusions = ['action_required', 'cancelled', 'failure', 'neutral', 'success', 'skipped', 'stale', 'timed_out'];
  if (b.status === 'completed' && !conclusions.includes(b.conclusion)) return fail('Invalid request. "conclusion" is required when "status" is "completed".');
  const o = b.output;
  if (o !== undefined) {
    if (typeof o?.title !== 'string' || typeof o?.summary !== 'string') return fail('Invalid request. "title" and "summary" are required in "output".');
    if (o.summary.length > 65_535) return fail('Invalid request. Only 65535 characters are allowed in "summary".');
  }
  return null;
}

/** Start a fake on a random port; `await fake.close()` when done. */
export async function startFakeGithub(options: FakeGithubOptions = {}): Promise<FakeGithub> {
  return new FakeGithub(options).listen();
}
