import type { Rule } from '../../src/engine/rule.js';
import bootOrderPartial from '../boot-order-partial.js';
import containerDiskImageTag from '../container-disk-image-tag.js';
import efiSecureBootOff from '../efi-secure-boot-off.js';
import gitopsPowerPolicy from '../gitops-power-policy.js';
import hugepagesPageSize from '../hugepages-page-size.js';
import liveMigrationReadiness from '../live-migration-readiness.js';
import resourceRequests from '../resource-requests.js';

/** Best practice: what KubeVirt accepts but breaks live migration, GitOps or the guest (warnings; seed documents and field experience). */
export const practiceRules: readonly Rule[] = [
  liveMigrationReadiness,
  efiSecureBootOff,
  hugepagesPageSize,
  bootOrderPartial,
  gitopsPowerPolicy,
  resourceRequests,
  containerDiskImageTag,
];
