import type { SyncEvent, SyncStatus } from '../reconcile.js';
import type { Conditions } from '../status/conditions.js';
import type { Artifact } from './fetch.js';
import { describeSignatures, type RevisionVerification, type SignatureVerified, type VerifyMode } from './verify.js';

/**
 * The verification stage of a reconcile (spec.source.verify): between the fetch and everything that
 * reads the revision. A revision that fails is held back, so nothing of it reaches the cluster and
 * the last applied revision stays; the VerificationFailed stage condition makes Ready say why, and
 * SourceVerified (Flux's name) tells at a glance whether the fetched revision was verified.
 */

export const SOURCE_VERIFIED = 'SourceVerified';

/** What status.verification records about the last verified revision. */
export interface VerificationRecord {
  revision: string;
  mode: VerifyMode;
  signatures: Omit<SignatureVerified, 'verified'>[];
}

export type VerifyRevision = (artifact: Artifact) => Promise<RevisionVerification>;

/** Runs the check if one is configured; true when the revision must be held back. */
export async function verificationStage(verify: VerifyRevision | undefined, artifact: Artifact, status: SyncStatus, conditions: Conditions, events: SyncEvent[]): Promise<boolean> {
  if (!verify) {
    conditions.markRecovered('VerificationFailed');
    conditions.delete(SOURCE_VERIFIED);
    delete status.verification;
    return false;
  }
  let outcome: RevisionVerification | { verified: false; reason: string; message: string };
  try {
    outcome = await verify(artifact);
  } catch (error) {
    // Not a verdict on the revision (e.g. the key Secret could not be read): retried on the next sync.
    outcome = { verified: false, reason: 'VerificationError', message: `could not verify the signature: ${(error as Error).message}` };
  }
  if (!outcome.verified) {
    const kept = status.lastAppliedRevision ? `${status.lastAppliedRevision} stays applied` : 'nothing applied';
    const message = `revision ${artifact.revision} failed signature verification: ${outcome.message}; ${kept}`;
    conditions.markFailed('VerificationFailed', outcome.reason, message);
    conditions.set(SOURCE_VERIFIED, 'False', outcome.reason, message);
    events.push({ type: 'Warning', reason: 'VerificationFailed', message });
    return true;
  }
  const signatures = outcome.signatures.map(({ verified: _verified, ...rest }) => rest);
  const summary = describeSignatures(outcome.signatures);
  conditions.markRecovered('VerificationFailed');
  conditions.set(SOURCE_VERIFIED, 'True', 'Succeeded', `verified (mode ${outcome.mode}): ${summary}`);
  if (status.verification?.revision !== artifact.revision) events.push({ type: 'Normal', reason: 'SignatureVerified', message: `revision ${artifact.revision}: ${summary}` });
  status.verification = { revision: artifact.revision, mode: outcome.mode, signatures };
  return false;
}
