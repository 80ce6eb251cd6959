import type { DeletePropagation, Json, KubeClient, ObjectRef } from '../../src/kube/client.js';
import { KubeError } from '../../src/kube/errors.js';

/** An in-memory API server for unit tests: apply stores, with scripted failures per subject. */
export class FakeKube implements KubeClient {
  readonly objects = new Map<string, Json>();
  readonly calls: string[] = [];
  /** subject → errors to throw on the next apply calls, in order. */
  readonly failures = new Map<string, KubeError[]>();
  /** subject (get) or kind (list) → errors to throw on the next reads, in order (undefined: that read succeeds). */
  readonly readFailures = new Map<string, (KubeError | undefined)[]>();
  inFlight = 0;
  maxInFlight = 0;

  static key(ref: { apiVersion?: unknown; kind?: unknown; metadata?: unknown } | ObjectRef): string {
    const r = ref as ObjectRef & { metadata?: { name?: string; namespace?: string } };
    const name = r.name ?? r.metadata?.name;
    const namespace = r.namespace ?? r.metadata?.namespace;
    return `${String(r.kind)}/${namespace ? `${namespace}/` : ''}${name}`;
  }

  async get(ref: ObjectRef): Promise<Json | undefined> {
    this.calls.push(`get ${FakeKube.key(ref)}`);
    const failure = this.readFailures.get(FakeKube.key(ref))?.shift();
    if (failure) throw failure;
    return this.objects.get(FakeKube.key(ref));
  }

  async apply(object: Json, options: { dryRun?: boolean } = {}): Promise<Json> {
    const key = FakeKube.key(object as never);
    this.calls.push(`${options.dryRun ? 'dry-run' : 'apply'} ${key}`);
    this.inFlight++;
    this.maxInFlight = Math.max(this.maxInFlight, this.inFlight);
    try {
      await Promise.resolve();
      const failure = this.failures.get(key)?.shift();
      if (failure) throw failure;
      if (!options.dryRun) this.objects.set(key, structuredClone(object));
      return structuredClone(object);
    } finally {
      this.inFlight--;
    }
  }

  async delete(ref: ObjectRef, propagation: DeletePropagation): Promise<'deleted' | 'gone'> {
    this.calls.push(`delete ${FakeKube.key(ref)} ${propagation}`);
    return this.objects.delete(FakeKube.key(ref)) ? 'deleted' : 'gone';
  }

  async list(apiVersion: string, kind: string): Promise<Json[]> {
    const failure = this.readFailures.get(kind)?.shift();
    if (failure) throw failure;
    return [...this.objects.values()].filter((o) => o['apiVersion'] === apiVersion && o['kind'] === kind);
  }
}
