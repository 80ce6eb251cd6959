import { CustomObjectsApi, CoreV1Api, type KubeConfig } from '@kubernetes/client-node';
import { toKubeError } from './errors.js';

/** Writes a custom resource's status subresource and records Events: the agent's reporting edge. */
export class StatusWriter {
  private readonly custom: CustomObjectsApi;
  private readonly core: CoreV1Api;

  constructor(config: KubeConfig) {
    this.custom = config.makeApiClient(CustomObjectsApi);
    this.core = config.makeApiClient(CoreV1Api);
  }

  /** Replaces .status of the live object (read first, so the write carries its resourceVersion). */
  async writeStatus(target: { group: string; version: string; plural: string; namespace: string; name: string }, status: unknown): Promise<void> {
    try {
      const live = (await this.custom.getNamespacedCustomObject(target)) as Record<string, unknown>;
      await this.custom.replaceNamespacedCustomObjectStatus({ ...target, body: { ...live, status } });
    } catch (error) {
      throw toKubeError(error);
    }
  }

  async event(involved: { apiVersion: string; kind: string; namespace: string; name: string; uid?: string }, type: 'Normal' | 'Warning', reason: string, message: string, now: Date): Promise<void> {
    try {
      await this.core.createNamespacedEvent({
        namespace: involved.namespace,
        body: {
          metadata: { generateName: `${involved.name}.`, namespace: involved.namespace },
          involvedObject: { apiVersion: involved.apiVersion, kind: involved.kind, namespace: involved.namespace, name: involved.name, ...(involved.uid ? { uid: involved.uid } : {}) },
          type,
          reason,
          message: message.slice(0, 1024),
          source: { component: 'virtops' },
          firstTimestamp: now,
          lastTimestamp: now,
          count: 1,
        },
      });
    } catch (error) {
      throw toKubeError(error);
    }
  }
}
