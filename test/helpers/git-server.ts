// A real git HTTP server for tests: `git http-backend` (smart HTTP, fetch and push) run as CGI by a
// Node http server on 127.0.0.1, behind Basic auth. Plus helpers that make deterministic commits in
// a working clone with the git CLI.
//
//   const git = await startGitServer({ user: 'bot', password: 's3cret' });
//   git.createRepo('fleet.git');
//   const wt = await GitWorkTree.init(dir);
//   await wt.write({ 'vms/a.yaml': '...' });
//   const sha = await wt.commit('add a');
//   await wt.push(git.authUrl('fleet.git'));
//   ... isomorphic-git clones git.url('fleet.git') with onAuth: () => ({ username, password })
//   await git.stop();

import { execFile, execFileSync, spawn } from 'node:child_process';
import fs from 'node:fs';
import http from 'node:http';
import type net from 'node:net';
import os from 'node:os';
import path from 'node:path';

export interface GitServerOptions {
  /** Folder holding the bare repositories. Default: a new temporary folder, removed on stop(). */
  root?: string;
  user: string;
  password: string;
}

export interface GitRequestLog {
  method: string;
  /** Path and query, e.g. /fleet.git/info/refs?service=git-upload-pack */
  url: string;
  status: number;
  /** The authenticated user, or undefined when the request had no or wrong credentials. */
  user: string | undefined;
}

export interface GitServer {
  /** http://127.0.0.1:<port> */
  baseUrl: string;
  root: string;
  /** The clone URL of a repository (no credentials in it). */
  url(repoName: string): string;
  /** The clone URL with user:password in it, for the git CLI. */
  authUrl(repoName: string): string;
  /** Creates an empty bare repository (default branch main, pushes allowed); returns its path. */
  createRepo(name: string): string;
  /** Every request served so far, oldest first. */
  requests: GitRequestLog[];
  /** While set, every request is answered with this HTTP status (simulates an outage); null to end it. */
  setOutage(status: number | null): void;
  stop(): Promise<void>;
}

/** Environment for every git CLI call: ignores the user's and the system's git configuration. */
export function gitEnv(extra: NodeJS.ProcessEnv = {}): NodeJS.ProcessEnv {
  return {
    ...process.env,
    GIT_CONFIG_NOSYSTEM: '1',
    GIT_CONFIG_GLOBAL: '/dev/null',
    GIT_TERMINAL_PROMPT: '0',
    GIT_ASKPASS: '/bin/false',
    LC_ALL: 'C',
    ...extra,
  };
}

/** Runs the git CLI; rejects with its stderr on a non-zero exit. Resolves with stdout. */
export function gitCli(args: string[], opts: { cwd?: string; env?: NodeJS.ProcessEnv } = {}): Promise<string> {
  return new Promise((resolve, reject) => {
    execFile(
      'git',
      ['-c', 'init.defaultBranch=main', '-c', 'commit.gpgsign=false', '-c', 'core.autocrlf=false', ...args],
      { cwd: opts.cwd, env: gitEnv(opts.env), timeout: 60_000, maxBuffer: 64 * 1024 * 1024 },
      (err, stdout, stderr) => {
        if (err) reject(new Error(`git ${args.join(' ')} failed: ${stderr.trim() || err.message}`));
        else resolve(stdout);
      },
    );
  });
}

function gitCliSync(args: string[], cwd?: string): void {
  execFileSync('git', ['-c', 'init.defaultBranch=main', ...args], { cwd, env: gitEnv(), stdio: 'pipe' });
}

const REPO_NAME = /^[A-Za-z0-9._-]+(\/[A-Za-z0-9._-]+)*$/;

export async function startGitServer(options: GitServerOptions): Promise<GitServer> {
  const madeRoot = !options.root;
  const root = options.root ?? fs.mkdtempSync(path.join(os.tmpdir(), 'virtops-git-'));
  fs.mkdirSync(root, { recursive: true });
  const expectedAuth = 'Basic ' + Buffer.from(`${options.user}:${options.password}`).toString('base64');
  const requests: GitRequestLog[] = [];
  let outage: number | null = null;
  const sockets = new Set<net.Socket>();

  const server = http.createServer((req, res) => {
    const url = new URL(req.url ?? '/', 'http://127.0.0.1');
    const log = (status: number, user: string | undefined) =>
      requests.push({ method: req.method ?? 'GET', url: url.pathname + url.search, status, user });

    if (outage !== null) {
      req.resume();
      res.writeHead(outage, { 'Content-Type': 'text/plain' }).end('outage (test)\n');
      log(outage, undefined);
      return;
    }
    if (req.headers.authorization !== expectedAuth) {
      req.resume();
      res
        .writeHead(401, { 'WWW-Authenticate': 'Basic realm="virtops-test"', 'Content-Type': 'text/plain' })
        .end('authentication required\n');
      log(401, undefined);
      return;
    }
    if (url.pathname.split('/').includes('..')) {
      req.resume();
      res.writeHead(400).end();
      log(400, options.user);
      return;
    }

    const env: NodeJS.ProcessEnv = {
      PATH: process.env.PATH,
      GIT_PROJECT_ROOT: root,
      GIT_HTTP_EXPORT_ALL: '1',
      GIT_CONFIG_NOSYSTEM: '1',
      GIT_CONFIG_GLOBAL: '/dev/null',
      GATEWAY_INTERFACE: 'CGI/1.1',
      SERVER_PROTOCOL: 'HTTP/1.1',
      SERVER_SOFTWARE: 'virtops-test',
      REQUEST_METHOD: req.method ?? 'GET',
      PATH_INFO: decodeURIComponent(url.pathname),
      QUERY_STRING: url.search.replace(/^\?/, ''),
      CONTENT_TYPE: req.headers['content-type'] ?? '',
      REMOTE_USER: options.user,
      REMOTE_ADDR: '127.0.0.1',
      AUTH_TYPE: 'Basic',
    };
    if (req.headers['content-length'] !== undefined) env.CONTENT_LENGTH = req.headers['content-length'];
    if (req.headers['content-encoding'] !== undefined) env.HTTP_CONTENT_ENCODING = req.headers['content-encoding'];
    if (typeof req.headers['git-protocol'] === 'string') env.GIT_PROTOCOL = req.headers['git-protocol'];

    const cgi = spawn('git', ['http-backend'], { env, stdio: ['pipe', 'pipe', 'pipe'] });
    let stderr = '';
    cgi.stderr.setEncoding('utf8');
    cgi.stderr.on('data', (c: string) => (stderr += c));
    req.pipe(cgi.stdin);
    cgi.stdin.on('error', () => undefined); // the CGI may exit before reading everything

    // Parse the CGI response head ("Status: 404 Not Found", headers, blank line), then stream the body.
    let head = Buffer.alloc(0);
    let headDone = false;
    let status = 200;
    const finishHead = (rest: Buffer) => {
      headDone = true;
      const headers: Record<string, string> = {};
      for (const line of head.toString('latin1').split(/\r?\n/)) {
        const i = line.indexOf(':');
        if (i <= 0) continue;
        const name = line.slice(0, i).trim();
        const value = line.slice(i + 1).trim();
        if (name.toLowerCase() === 'status') status = Number.parseInt(value, 10) || 500;
        else headers[name] = value;
      }
      res.writeHead(status, headers);
      if (rest.length) res.write(rest);
    };
    cgi.stdout.on('data', (chunk: Buffer) => {
      if (headDone) {
        res.write(chunk);
        return;
      }
      head = Buffer.concat([head, chunk]);
      const m = /\r?\n\r?\n/.exec(head.toString('latin1'));
      if (m) {
        const rest = head.subarray(m.index + m[0].length);
        head = head.subarray(0, m.index);
        finishHead(rest);
      }
    });
    cgi.on('close', (code) => {
      if (!headDone) {
        status = 500;
        res.writeHead(500, { 'Content-Type': 'text/plain' }).end(`git http-backend failed (${code}): ${stderr}`);
      } else {
        res.end();
      }
      log(status, options.user);
    });
    cgi.on('error', (err) => {
      if (!res.headersSent) res.writeHead(500, { 'Content-Type': 'text/plain' }).end(String(err));
    });
  });
  server.on('connection', (s) => {
    sockets.add(s);
    s.on('close', () => sockets.delete(s));
  });

  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => resolve());
  });
  const port = (server.address() as net.AddressInfo).port;
  const baseUrl = `http://127.0.0.1:${port}`;
  const enc = encodeURIComponent;

  return {
    baseUrl,
    root,
    url: (name) => `${baseUrl}/${name}`,
    authUrl: (name) => `http://${enc(options.user)}:${enc(options.password)}@127.0.0.1:${port}/${name}`,
    createRepo(name) {
      if (!REPO_NAME.test(name) || name.split('/').includes('..')) throw new Error(`bad repository name ${name}`);
      const dir = path.join(root, name);
      gitCliSync(['init', '--quiet', '--bare', dir]);
      gitCliSync(['config', 'http.receivepack', 'true'], dir);
      gitCliSync(['symbolic-ref', 'HEAD', 'refs/heads/main'], dir);
      return dir;
    },
    requests,
    setOutage(status) {
      outage = status;
    },
    async stop() {
      await new Promise<void>((resolve) => {
        server.close(() => resolve());
        for (const s of sockets) s.destroy();
      });
      if (madeRoot) fs.rmSync(root, { recursive: true, force: true });
    },
  };
}

// ---------------------------------------------------------------------------------------------
// Deterministic commits with the git CLI
// ---------------------------------------------------------------------------------------------

export const TEST_AUTHOR = { name: 'Virtops Test', email: 'test@virtops.invalid' };
/** Commit n (0-based) of a work tree is dated this many seconds after 2026-01-01T00:00:00Z. */
const BASE_EPOCH = Date.UTC(2026, 0, 1) / 1000;
const COMMIT_STEP_S = 60;

/**
 * OpenPGP signing with the real gpg: a key (fingerprint) in a GNUPGHOME (see test/helpers/gpg.ts).
 * Signed commits are not deterministic: the signature carries the time it was made.
 */
export interface GitSigning {
  key: string;
  gnupgHome: string;
  /** Default: gpg on the PATH. */
  program?: string;
}

/** Later `-c` options win over gitCli's `commit.gpgsign=false`. */
function signingArgs(sign: GitSigning | undefined): string[] {
  if (!sign) return [];
  return ['-c', `user.signingkey=${sign.key}`, '-c', 'commit.gpgsign=true', '-c', 'tag.gpgSign=true', '-c', `gpg.program=${sign.program ?? 'gpg'}`];
}

function signingEnv(sign: GitSigning | undefined): NodeJS.ProcessEnv {
  return sign ? { GNUPGHOME: sign.gnupgHome } : {};
}

/**
 * A working clone driven by the git CLI. Author, committer and dates are fixed (commit n is dated
 * 2026-01-01T00:00:00Z + n minutes), so the same sequence of writes and commits gives the same SHAs.
 */
export class GitWorkTree {
  private commits = 0;

  private constructor(readonly dir: string) {}

  /** `git init` a new work tree at dir (created if missing), on branch main. */
  static async init(dir: string): Promise<GitWorkTree> {
    fs.mkdirSync(dir, { recursive: true });
    await gitCli(['init', '--quiet', '--initial-branch=main', dir]);
    return new GitWorkTree(dir);
  }

  /** `git clone` url (give an authUrl for the HTTP server, or a bare repo's path) into dir. */
  static async clone(url: string, dir: string): Promise<GitWorkTree> {
    await gitCli(['clone', '--quiet', url, dir]);
    const wt = new GitWorkTree(dir);
    wt.commits = Number((await gitCli(['rev-list', '--count', '--all'], { cwd: dir })).trim()) || 0;
    return wt;
  }

  /** Writes files (paths relative to the work tree); null deletes the file. */
  write(files: Record<string, string | null>): void {
    for (const [rel, content] of Object.entries(files)) {
      const full = path.join(this.dir, rel);
      if (!full.startsWith(this.dir + path.sep)) throw new Error(`path outside the work tree: ${rel}`);
      if (content === null) {
        fs.rmSync(full, { force: true });
      } else {
        fs.mkdirSync(path.dirname(full), { recursive: true });
        fs.writeFileSync(full, content);
      }
    }
  }

  /** Stages everything and commits (OpenPGP-signed with `sign`); returns the new commit's SHA. */
  async commit(message: string, opts: { allowEmpty?: boolean; sign?: GitSigning } = {}): Promise<string> {
    const date = `${BASE_EPOCH + this.commits * COMMIT_STEP_S} +0000`;
    const env = {
      GIT_AUTHOR_NAME: TEST_AUTHOR.name,
      GIT_AUTHOR_EMAIL: TEST_AUTHOR.email,
      GIT_AUTHOR_DATE: date,
      GIT_COMMITTER_NAME: TEST_AUTHOR.name,
      GIT_COMMITTER_EMAIL: TEST_AUTHOR.email,
      GIT_COMMITTER_DATE: date,
    };
    await this.git(['add', '--all']);
    await this.git([...signingArgs(opts.sign), 'commit', '--quiet', '--no-verify', ...(opts.allowEmpty ? ['--allow-empty'] : []), '-m', message], { ...env, ...signingEnv(opts.sign) });
    this.commits++;
    return this.head();
  }

  /** Pushes HEAD to `branch` (default main) of url (an authUrl or a bare repo's path). */
  async push(url: string, opts: { branch?: string; force?: boolean; tags?: boolean } = {}): Promise<void> {
    const ref = `HEAD:refs/heads/${opts.branch ?? 'main'}`;
    await this.git(['push', '--quiet', ...(opts.force ? ['--force'] : []), url, ref]);
    if (opts.tags) await this.git(['push', '--quiet', '--tags', url]);
  }

  /** Creates a lightweight tag (or an annotated one with a message; signed with `sign`) at HEAD. */
  async tag(name: string, message?: string, sign?: GitSigning): Promise<void> {
    const date = `${BASE_EPOCH + this.commits * COMMIT_STEP_S} +0000`;
    const args = sign ? [...signingArgs(sign), 'tag', '-s', name, '-m', message ?? name] : message ? ['tag', '-a', name, '-m', message] : ['tag', name];
    await this.git(args, {
      GIT_COMMITTER_NAME: TEST_AUTHOR.name,
      GIT_COMMITTER_EMAIL: TEST_AUTHOR.email,
      GIT_COMMITTER_DATE: date,
      ...signingEnv(sign),
    });
  }

  async head(): Promise<string> {
    return (await this.git(['rev-parse', 'HEAD'])).trim();
  }

  git(args: string[], env: NodeJS.ProcessEnv = {}): Promise<string> {
    return gitCli(args, { cwd: this.dir, env });
  }
}
