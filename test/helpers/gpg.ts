// Throwaway OpenPGP keys made by the real gpg, for commit-signature tests.
//
//   const gpg = GpgHome.create();
//   const alice = gpg.generateKey('Alice <alice@example.com>');
//   await work.commit('signed', { sign: gpg.signing(alice.fingerprint) });
//   const armored = gpg.exportPublic(alice.fingerprint);
//   gpg.cleanup();

import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { GitSigning } from './git-server.js';

/** The gpg binary, or undefined when there is none (signature tests are then skipped, saying why). */
export const GPG_PROGRAM: string | undefined = (() => {
  try {
    execFileSync('gpg', ['--version'], { stdio: 'pipe' });
    return 'gpg';
  } catch {
    return undefined;
  }
})();

export const NO_GPG_REASON = 'gpg is not installed (apt-get install gnupg): the OpenPGP signature tests need it to sign commits';

export interface GpgKey {
  fingerprint: string;
  /** Long key id (last 16 hex digits of the fingerprint), as openpgp.js and gpg print it. */
  keyId: string;
  uid: string;
}

export class GpgHome {
  private constructor(readonly dir: string) {}

  /** A new GNUPGHOME in a temporary directory (mode 700, as gpg wants). */
  static create(): GpgHome {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'virtops-gnupg-'));
    fs.chmodSync(dir, 0o700);
    return new GpgHome(dir);
  }

  gpg(args: string[], input?: string): string {
    return execFileSync(GPG_PROGRAM ?? 'gpg', ['--batch', '--no-tty', '--quiet', ...args], { env: { ...process.env, GNUPGHOME: this.dir }, encoding: 'utf8', stdio: ['pipe', 'pipe', 'pipe'], ...(input !== undefined ? { input } : {}) });
  }

  /** A new signing key with no passphrase: ed25519 by default (fast), `expire` as gpg takes it (1y, 1d, never). */
  generateKey(uid: string, options: { algo?: string; expire?: string } = {}): GpgKey {
    this.gpg(['--passphrase', '', '--quick-gen-key', uid, options.algo ?? 'ed25519', 'sign', options.expire ?? '1y']);
    const listing = this.gpg(['--with-colons', '--list-keys', uid]);
    const fingerprint = /^fpr:+([0-9A-F]{40}):/m.exec(listing)?.[1];
    if (!fingerprint) throw new Error(`no fingerprint for ${uid} in:\n${listing}`);
    return { fingerprint, keyId: fingerprint.slice(-16), uid };
  }

  exportPublic(fingerprint: string): string {
    return this.gpg(['--armor', '--export', fingerprint]);
  }

  exportSecret(fingerprint: string): string {
    return this.gpg(['--pinentry-mode', 'loopback', '--passphrase', '', '--armor', '--export-secret-keys', fingerprint]);
  }

  /** Revokes the key with the certificate gpg made at generation time. */
  revoke(fingerprint: string): void {
    const certificate = fs.readFileSync(path.join(this.dir, 'openpgp-revocs.d', `${fingerprint}.rev`), 'utf8');
    // gpg guards the stored certificate with a leading ':' so it is not imported by accident.
    this.gpg(['--import'], certificate.replace(/^:-----BEGIN/m, '-----BEGIN'));
  }

  /** What GitWorkTree.commit/tag take to sign with this key. */
  signing(fingerprint: string): GitSigning {
    return { key: fingerprint, gnupgHome: this.dir, program: GPG_PROGRAM ?? 'gpg' };
  }

  /** Stops the gpg-agent this home started and removes it. */
  cleanup(): void {
    try {
      execFileSync('gpgconf', ['--kill', 'gpg-agent'], { env: { ...process.env, GNUPGHOME: this.dir }, stdio: 'pipe' });
    } catch {
      // no agent was started
    }
    fs.rmSync(this.dir, { recursive: true, force: true });
  }
}
