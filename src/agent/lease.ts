import { CoordinationV1Api, type KubeConfig, type V1Lease } from '@kubernetes/client-node';
import { toKubeError } from '../kube/errors.js';

/**
 * Leader election on a coordination.k8s.io Lease, so that of several agent replicas exactly one
 * applies. Every write carries the Lease's resourceVersion: when two replicas race, the API server
 * accepts one write and answers the other with a conflict, which that replica reads as "not leader".
 */

export interface LeaseStore {
  read(namespace: string, name: string): Promise<V1Lease | undefined>;
  create(namespace: string, lease: V1Lease): Promise<V1Lease>;
  replace(namespace: string, name: string, lease: V1Lease): Promise<V1Lease>;
}

export class ApiLeaseStore implements LeaseStore {
  private readonly api: CoordinationV1Api;

  constructor(config: KubeConfig) {
    this.api = config.makeApiClient(CoordinationV1Api);
  }

  async read(namespace: string, name: string): Promise<V1Lease | undefined> {
    try {
      return await this.api.readNamespacedLease({ namespace, name });
    } catch (error) {
      const e = toKubeError(error);
      if (e.reason === 'NotFound') return undefined;
      throw e;
    }
  }

  async create(namespace: string, lease: V1Lease): Promise<V1Lease> {
    try {
      return await this.api.createNamespacedLease({ namespace, body: lease });
    } catch (error) {
      throw toKubeError(error);
    }
  }

  async replace(namespace: string, name: string, lease: V1Lease): Promise<V1Lease> {
    try {
      return await this.api.replaceNamespacedLease({ namespace, name, body: lease });
    } catch (error) {
      throw toKubeError(error);
    }
  }
}

export interface LeaseOptions {
  namespace: string;
  name: string;
  identity: string;
  durationSeconds: number;
  now?: () => Date;
}

export class LeaderElector {
  private lease: V1Lease | undefined;

  constructor(private readonly store: LeaseStore, private readonly options: LeaseOptions) {}

  /** Tries to become (or stay) leader; true when this identity holds the Lease afterwards. */
  async tryAcquireOrRenew(): Promise<boolean> {
    const { namespace, name, identity, durationSeconds } = this.options;
    const now = (this.options.now ?? (() => new Date()))();
    try {
      const current = await this.store.read(namespace, name);
      if (!current) {
        this.lease = await this.store.create(namespace, { metadata: { name, namespace }, spec: { holderIdentity: identity, leaseDurationSeconds: durationSeconds, acquireTime: microTime(now), renewTime: microTime(now), leaseTransitions: 0 } });
        return true;
      }
      const spec = current.spec ?? {};
      const holder = spec.holderIdentity;
      const renewed = spec.renewTime ? new Date(spec.renewTime).getTime() : 0;
      const expired = renewed + (spec.leaseDurationSeconds ?? durationSeconds) * 1000 < now.getTime();
      if (holder && holder !== identity && !expired) {
        this.lease = undefined;
        return false;
      }
      const takeover = holder !== identity;
      this.lease = await this.store.replace(namespace, name, {
        ...current,
        spec: {
          ...spec,
          holderIdentity: identity,
          leaseDurationSeconds: durationSeconds,
          acquireTime: microTime(takeover ? now : spec.acquireTime ?? now),
          renewTime: microTime(now),
          ...(takeover ? { leaseTransitions: (spec.leaseTransitions ?? 0) + 1 } : {}),
        },
      });
      return true;
    } catch (error) {
      const e = toKubeError(error);
      if (e.reason === 'Conflict') {
        this.lease = undefined; // another replica wrote first
        return false;
      }
      throw e;
    }
  }

  /** Gives the Lease up on shutdown, so another replica takes over at once instead of after expiry. */
  async release(): Promise<void> {
    if (!this.lease?.spec || this.lease.spec.holderIdentity !== this.options.identity) return;
    try {
      const { holderIdentity: _holder, renewTime: _renew, ...rest } = this.lease.spec;
      await this.store.replace(this.options.namespace, this.options.name, { ...this.lease, spec: { ...rest, ...(rest.acquireTime ? { acquireTime: microTime(rest.acquireTime) } : {}) } });
    } catch {
      // best effort: the Lease expires anyway
    }
    this.lease = undefined;
  }
}

/**
 * Lease times are MicroTime: the API server wants six fractional digits, and the client library would
 * send a Date with three. A preformatted string passes through untouched.
 */
function microTime(value: Date | string): Date {
  const iso = (value instanceof Date ? value : new Date(value)).toISOString();
  return iso.replace(/\.(\d{3})Z$/, '.$1000Z') as unknown as Date;
}
