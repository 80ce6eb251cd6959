import type { Rule } from '../../src/engine/rule.js';
import dataVolumeTemplates from '../data-volume-templates.js';
import instancetypeConflicts from '../instancetype-conflicts.js';
import instancetypeMatchers from '../instancetype-matchers.js';
import instancetypeSpec from '../instancetype-spec.js';
import memoryHotplug from '../memory-hotplug.js';
import migrationSpec from '../migration-spec.js';
import poolUpdateStrategy from '../pool-update-strategy.js';
import preferenceCpuTopology from '../preference-cpu-topology.js';
import preferenceRequirements from '../preference-requirements.js';
import runStrategy from '../run-strategy.js';
import selectorMatchesTemplate from '../selector-matches-template.js';
import vmiPreset from '../vmi-preset.js';

/** VirtualMachine-only rules, pools/VMIRS/instancetypes/preferences/migrations, webhook warnings (catalogue sections S, U, W). */
export const vmRules: readonly Rule[] = [runStrategy, dataVolumeTemplates, instancetypeMatchers, selectorMatchesTemplate, poolUpdateStrategy, memoryHotplug, instancetypeSpec, preferenceCpuTopology, instancetypeConflicts, preferenceRequirements, migrationSpec, vmiPreset];
