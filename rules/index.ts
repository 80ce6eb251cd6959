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
import { computeRules } from './sets/compute.js';
import { crossObjectRules } from './sets/cross-object.js';
import { devicesRules } from './sets/devices.js';
import { networkRules } from './sets/network.js';
import { practiceRules } from './sets/practice.js';
import { storageRules } from './sets/storage.js';
import { vmRules } from './sets/vm.js';

/**
 * Every check rule, in the order they run. Add new rules here or to their area's list in rules/sets/:
 * there is no self-registration.
 */
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
  ...computeRules,
  ...storageRules,
  ...networkRules,
  ...devicesRules,
  ...vmRules,
  ...practiceRules,
  ...crossObjectRules,
];
