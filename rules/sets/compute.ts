import type { Rule } from '../../src/engine/rule.js';
import cpuResources from '../cpu-resources.js';
import dedicatedCpu from '../dedicated-cpu.js';
import firmware from '../firmware.js';
import hostnameDns from '../hostname-dns.js';
import hypervDependencies from '../hyperv-dependencies.js';
import kernelBoot from '../kernel-boot.js';
import launchSecurity from '../launch-security.js';
import machineType from '../machine-type.js';
import memoryResources from '../memory-resources.js';
import metadataAnnotations from '../metadata-annotations.js';
import numaRealtime from '../numa-realtime.js';
import probes from '../probes.js';

/** Metadata, hostname/DNS, memory, CPU/NUMA, Hyper-V, architecture/firmware, launch security, probes (catalogue sections B-G, M, O). */
export const computeRules: readonly Rule[] = [
  memoryResources,
  cpuResources,
  dedicatedCpu,
  numaRealtime,
  hypervDependencies,
  firmware,
  kernelBoot,
  machineType,
  launchSecurity,
  probes,
  hostnameDns,
  metadataAnnotations,
];
