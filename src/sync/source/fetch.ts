import nodeFs from 'node:fs';
import { join } from 'node:path';
import git, { type HttpClient } from 'isomorphic-git';
import nodeHttp from 'isomorphic-git/http/node';
import { SourceError } from './errors.js';
import type { RepoLocation } from './url.js';

/**
 * The source stage: fetch one ref of a repository (shallow, single branch) into a bare cache and pin
 * it to a commit. Later stages read only the returned Artifact; nothing is checked out.
 */

export interface SourceRef {
  branch?: string;
  tag?: string;
  commit?: string;
}

export interface Credentials {
  username: string;
  password: string;
}

export interface FetchOptions {
  location: RepoLocation;
  ref: SourceRef;
  /** Directory for the bare mirror of a remote repository (kept between syncs). */
  cacheDir: string;
  credentials?: Credentials;
  fs?: typeof nodeFs;
  http?: HttpClient;
}

export interface Artifact {
  /** Flux's form: `main@sha1:<commit>`, `v1.2@sha1:<commit>`, `sha1:<commit>`. */
  revision: string;
  commit: string;
  /** The git directory the commit can be read from. */
  gitdir: string;
  /** For a tag ref: the object the tag points at (a tag object when annotated), for signature checks. */
  tagObject?: { name: string; oid: string };
}

export async function fetchSource(options: FetchOptions): Promise<Artifact> {
  const fs = options.fs ?? nodeFs;
  const refName = options.ref.commit ? undefined : options.ref.tag ?? options.ref.branch ?? 'main';
  if (options.location.type === 'local') return resolveLocal(fs, options.location.dir, options.ref, refName);

  const gitdir = options.cacheDir;
  if (!fs.existsSync(join(gitdir, 'HEAD'))) await git.init({ fs, gitdir, bare: true });
  // The mirror's remote follows the GitSync's URL, which may change between syncs.
  await git.addRemote({ fs, gitdir, remote: 'origin', url: options.location.url, force: true });
  const http = options.http ?? nodeHttp;
  const { credentials } = options;
  const url = options.location.url;
  // A fresh object per call (isomorphic-git adds to the headers it is given).
  const auth = () => (credentials
    ? {
        // Sent with the first request: isomorphic-git otherwise asks anonymously and repeats the request after the 401.
        headers: { Authorization: `Basic ${Buffer.from(`${credentials.username}:${credentials.password}`).toString('base64')}` } as Record<string, string>,
        onAuth: () => credentials,
        onAuthFailure: () => ({ cancel: true }),
      }
    : { headers: {} as Record<string, string> });
  const common = { fs, http, gitdir, remote: 'origin' };
  try {
    if (options.ref.commit) {
      // An exact commit: servers need not allow fetching it by id, so fetch the branches and look for it.
      await git.fetch({ ...common, ...auth(), singleBranch: false, tags: false });
      return { revision: `sha1:${options.ref.commit}`, commit: await peelToCommit(fs, gitdir, options.ref.commit), gitdir };
    }
    const remoteRef = options.ref.tag ? `refs/tags/${refName}` : `refs/heads/${refName}`;
    let fetchHead = await unchangedSinceLastFetch(fs, gitdir, remoteRef, () => git.listServerRefs({ http, url, ...auth(), protocolVersion: 1, prefix: remoteRef }));
    if (!fetchHead) {
      const result = await git.fetch({ ...common, ...auth(), ref: refName!, singleBranch: true, depth: 1, tags: options.ref.tag !== undefined, prune: true });
      if (!result.fetchHead) throw new SourceError('RefNotFound', `${options.ref.tag ? 'tag' : 'branch'} "${refName}" not found in ${options.location.url}`);
      fetchHead = result.fetchHead;
      fs.writeFileSync(join(gitdir, LAST_FETCH), JSON.stringify({ ref: remoteRef, oid: fetchHead }));
    }
    const commit = await peelToCommit(fs, gitdir, fetchHead);
    return { revision: `${refName}@sha1:${commit}`, commit, gitdir, ...(options.ref.tag ? { tagObject: { name: options.ref.tag, oid: fetchHead } } : {}) };
  } catch (error) {
    throw classify(error, options.location.url, refName);
  }
}

/** What the last fetch into a mirror brought: the ref asked for and the object it pointed at. */
const LAST_FETCH = 'virtops-last-fetch.json';

/**
 * The oid the remote ref still points at, when the mirror already holds it from the last fetch: a poll
 * of an unchanged repository is then one ref listing, without negotiating and reading a pack.
 */
async function unchangedSinceLastFetch(fs: typeof nodeFs, gitdir: string, remoteRef: string, listRefs: () => Promise<{ ref: string; oid: string }[]>): Promise<string | undefined> {
  let last: { ref?: unknown; oid?: unknown };
  try {
    last = JSON.parse(fs.readFileSync(join(gitdir, LAST_FETCH), 'utf8')) as typeof last;
  } catch {
    return undefined;
  }
  if (last.ref !== remoteRef || typeof last.oid !== 'string') return undefined;
  const remote = (await listRefs()).find((entry) => entry.ref === remoteRef)?.oid;
  if (remote !== last.oid) return undefined;
  try {
    await git.readObject({ fs, gitdir, oid: remote, format: 'deflated' });
    return remote;
  } catch {
    return undefined;
  }
}

async function resolveLocal(fs: typeof nodeFs, dir: string, ref: SourceRef, refName: string | undefined): Promise<Artifact> {
  const gitdir = fs.existsSync(join(dir, '.git')) ? join(dir, '.git') : dir;
  if (!fs.existsSync(join(gitdir, 'HEAD'))) throw new SourceError('PathNotFound', `${dir} is not a git repository`);
  try {
    if (ref.commit) return { revision: `sha1:${ref.commit}`, commit: await peelToCommit(fs, gitdir, ref.commit), gitdir };
    const full = ref.tag ? `refs/tags/${ref.tag}` : `refs/heads/${refName}`;
    const oid = await git.resolveRef({ fs, gitdir, ref: full });
    const commit = await peelToCommit(fs, gitdir, oid);
    return { revision: `${refName}@sha1:${commit}`, commit, gitdir, ...(ref.tag ? { tagObject: { name: ref.tag, oid } } : {}) };
  } catch (error) {
    throw classify(error, dir, refName ?? ref.commit);
  }
}

/** Annotated tags point at a tag object: follow it to the commit. */
async function peelToCommit(fs: typeof nodeFs, gitdir: string, oid: string): Promise<string> {
  for (let depth = 0; depth < 5; depth++) {
    let object;
    try {
      object = await git.readObject({ fs, gitdir, oid });
    } catch (error) {
      throw new SourceError('RefNotFound', `commit ${oid} is not in the repository`, { cause: error });
    }
    if (object.type === 'commit') return oid;
    if (object.type !== 'tag') throw new SourceError('RefNotFound', `${oid} is a ${object.type}, not a commit`);
    oid = (await git.readTag({ fs, gitdir, oid })).tag.object;
  }
  throw new SourceError('RefNotFound', `tag ${oid} nests too deeply`);
}

/** isomorphic-git's errors → a typed reason. The URL is printed; credentials never are. */
function classify(error: unknown, where: string, ref: string | undefined): SourceError {
  if (error instanceof SourceError) return error;
  const e = error as { code?: string; data?: { statusCode?: number }; message?: string; cause?: { code?: string } };
  const status = e.data?.statusCode;
  // UserCanceledError: the server refused the credentials again after onAuth gave them (onAuthFailure cancels).
  if ((e.code === 'HttpError' && (status === 401 || status === 403)) || e.code === 'UserCanceledError') return new SourceError('AccessDenied', `${where}: access denied (HTTP ${status ?? 401}); check the token or password in the GitSync secret`, { cause: error });
  if (e.code === 'HttpError' && status === 404) return new SourceError('RefNotFound', `${where}: repository not found (HTTP 404)`, { cause: error });
  if (e.code === 'HttpError') return new SourceError('GitServerUnavailable', `${where}: the git server answered HTTP ${status}`, { cause: error });
  if (e.code === 'NotFoundError') return new SourceError('RefNotFound', `${where}: ${ref ? `"${ref}" ` : ''}not found`, { cause: error });
  const network = e.code ?? e.cause?.code;
  if (network && /^(ECONNREFUSED|ECONNRESET|ENOTFOUND|ETIMEDOUT|EAI_AGAIN|EHOSTUNREACH)$/.test(network)) {
    return new SourceError('GitServerUnavailable', `${where}: the git server is unreachable (${network}); the last good revision stays applied`, { cause: error });
  }
  return new SourceError('FetchFailed', `${where}: ${e.message ?? String(error)}`, { cause: error });
}
