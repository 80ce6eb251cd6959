import type { Rule } from '../src/engine/rule.js';
import apiVersion from './api-version.js';
import bootOrder from './boot-order.js';
import deviceNames from './device-names.js';
import deviceReferences from './device-references.js';
import hugepagesMemory from './hugepages-memory.js';
import masqueradePodNetwork from './masquerade-pod-network.js';
import metadataName from './metadata-name.js';
import schema from './schema.js';
import secureBootRequiresSmm from './secure-boot-requires-smm.js';

/** Every check rule, in the order they run. Add new rules here: there is no self-registration. */
export const rules: readonly Rule[] = [
  apiVersion,
  schema,
  metadataName,
  deviceNames,
  deviceReferences,
  bootOrder,
  hugepagesMemory,
  secureBootRequiresSmm,
  masqueradePodNetwork,
];
