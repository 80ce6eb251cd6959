import type { ObjectKey } from '../prune/plan-prune.js';

/**
 * What a GitSync applied, kept in its status (and so in the cluster): the next sync prunes the
 * difference. Objects also carry an owner annotation, so a prune never deletes an object that
 * another GitSync (or a person) has taken over.
 */
export const OWNER_ANNOTATION = 'virtops.io/owner';

export interface InventoryEntry extends ObjectKey {
  /** metadata.generation (else resourceVersion) when last applied or seen unchanged: a changed stamp means someone edited it. */
  stamp?: string;
}

/** What changes when a person or controller edits the object's spec (status writes do not bump generation). */
export function stampOf(object: Json | undefined): string | undefined {
  const metadata = (object?.['metadata'] ?? {}) as { generation?: number; resourceVersion?: string };
  return typeof metadata.generation === 'number' ? `g${metadata.generation}` : metadata.resourceVersion ? `r${metadata.resourceVersion}` : undefined;
}

type Json = Record<string, unknown>;

export function keyFromObject(object: Json): InventoryEntry {
  const metadata = (object['metadata'] ?? {}) as { name?: string; namespace?: string };
  return { apiVersion: String(object['apiVersion']), kind: String(object['kind']), ...(metadata.namespace ? { namespace: metadata.namespace } : {}), name: String(metadata.name) };
}

export function ownerOf(object: Json | undefined): string | undefined {
  const annotations = ((object?.['metadata'] ?? {}) as { annotations?: Record<string, string> }).annotations;
  return annotations?.[OWNER_ANNOTATION];
}

export function withOwner(object: Json, owner: string): Json {
  const metadata = (object['metadata'] ?? {}) as Json;
  const annotations = (metadata['annotations'] ?? {}) as Json;
  return { ...object, metadata: { ...metadata, annotations: { ...annotations, [OWNER_ANNOTATION]: owner } } };
}
