import { describe, expect, it } from 'vitest';
import { SourceError } from '../../src/sync/source/errors.js';
import { parseRepoUrl } from '../../src/sync/source/url.js';

describe('parseRepoUrl', () => {
  it('accepts HTTPS and HTTP URLs and local paths', () => {
    expect(parseRepoUrl('https://git.example.com/org/vms.git')).toEqual({ type: 'http', url: 'https://git.example.com/org/vms.git' });
    expect(parseRepoUrl('http://127.0.0.1:8080/vms.git')).toEqual({ type: 'http', url: 'http://127.0.0.1:8080/vms.git' });
    expect(parseRepoUrl('./repo', '/work')).toEqual({ type: 'local', dir: '/work/repo' });
    expect(parseRepoUrl('file:///srv/repo')).toEqual({ type: 'local', dir: '/srv/repo' });
  });

  it.each([
    ['git@github.com:org/vms.git', 'https://github.com/org/vms.git'],
    ['ssh://git@gitlab.example.com:2222/group/vms.git', 'https://gitlab.example.com/group/vms.git'],
    ['git+ssh://git@host/vms.git', 'https://host/vms.git'],
  ])('rejects %s at once, naming the HTTPS URL', (url, https) => {
    let error: unknown;
    try {
      parseRepoUrl(url);
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(SourceError);
    expect((error as SourceError).reason).toBe('SSHNotSupported');
    expect((error as SourceError).message).toContain(https);
  });

  it('rejects credentials in the URL and unknown schemes', () => {
    expect(() => parseRepoUrl('https://user:secret@host/repo.git')).toThrow(/credentials in the URL are not allowed.*https:\/\/host\/repo\.git/);
    expect(() => parseRepoUrl('ftp://host/repo')).toThrow(/unsupported URL scheme/);
  });
});
