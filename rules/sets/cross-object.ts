import type { Rule } from '../../src/engine/rule.js';
import cloneSize from '../clone-size.js';
import duplicateMacAddress from '../duplicate-mac-address.js';
import duplicateObject from '../duplicate-object.js';
import nadConfig from '../nad-config.js';
import nadTuningForMac from '../nad-tuning-for-mac.js';
import referenceNamespace from '../reference-namespace.js';
import unresolvedReference from '../unresolved-reference.js';

/**
 * Cross-object rules: references between the objects of the linted set (most are set rules, see
 * SetRule in src/engine/rule.ts), which KubeVirt's webhook cannot see; and the NAD config they rely on.
 */
export const crossObjectRules: readonly Rule[] = [duplicateObject, unresolvedReference, referenceNamespace, cloneSize, nadConfig, nadTuningForMac, duplicateMacAddress];
