import { isAbsolute, resolve } from 'node:path';
import { SourceError } from './errors.js';

/** A repository location: a remote over smart HTTP(S), or a local repository (for development). */
export type RepoLocation = { type: 'http'; url: string } | { type: 'local'; dir: string };

/**
 * isomorphic-git speaks smart HTTP only: SSH URLs fail at once, saying which HTTPS URL to use.
 */
export function parseRepoUrl(url: string, cwd: string = process.cwd()): RepoLocation {
  const scp = /^(?:[\w.-]+@)?([\w.-]+):(?!\/\/)(.+)$/.exec(url);
  if (url.startsWith('ssh://') || url.startsWith('git+ssh://') || (scp && !url.includes('://') && !isAbsolute(url) && !/^[A-Za-z]:\\/.test(url))) {
    throw new SourceError('SSHNotSupported', `SSH URLs are not supported (${url}): use the HTTPS URL${suggestHttps(url) ? `, e.g. ${suggestHttps(url)}` : ''}, with a token in the GitSync secret`);
  }
  if (url.startsWith('https://') || url.startsWith('http://')) {
    try {
      const parsed = new URL(url);
      if (parsed.username || parsed.password) throw new SourceError('InvalidURL', `credentials in the URL are not allowed (they would be logged): put them in the secret and use ${parsed.origin}${parsed.pathname}`);
    } catch (error) {
      if (error instanceof SourceError) throw error;
      throw new SourceError('InvalidURL', `not a valid URL: ${url}`, { cause: error });
    }
    return { type: 'http', url };
  }
  if (url.startsWith('file://')) return { type: 'local', dir: new URL(url).pathname };
  if (/^[a-z][\w+.-]*:\/\//i.test(url)) throw new SourceError('InvalidURL', `unsupported URL scheme in ${url}: use https://`);
  return { type: 'local', dir: resolve(cwd, url) };
}

function suggestHttps(url: string): string | undefined {
  const ssh = /^(?:git\+)?ssh:\/\/(?:[\w.-]+@)?([\w.-]+)(?::\d+)?\/(.+)$/.exec(url);
  if (ssh) return `https://${ssh[1]}/${ssh[2]}`;
  const scp = /^(?:[\w.-]+@)?([\w.-]+):(.+)$/.exec(url);
  return scp ? `https://${scp[1]}/${scp[2]!.replace(/^\//, '')}` : undefined;
}
