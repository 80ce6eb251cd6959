import type { Rule } from '../../src/engine/rule.js';
import accessCredentials from '../access-credentials.js';
import cloudInit from '../cloud-init.js';
import containerDisk from '../container-disk.js';
import diskBlockSize from '../disk-block-size.js';
import diskBus from '../disk-bus.js';
import diskOptions from '../disk-options.js';
import diskTarget from '../disk-target.js';
import downwardMetrics from '../downward-metrics.js';
import filesystemVolumes from '../filesystem-volumes.js';
import hostDisk from '../host-disk.js';
import volumeSources from '../volume-sources.js';

/** Disks, disk/volume matching, volumes and access credentials (catalogue sections I, J, K, L). */
export const storageRules: readonly Rule[] = [
  volumeSources,
  cloudInit,
  diskBus,
  diskTarget,
  diskOptions,
  diskBlockSize,
  containerDisk,
  hostDisk,
  downwardMetrics,
  filesystemVolumes,
  accessCredentials,
];
