import type { Rule } from '../../src/engine/rule.js';
import affinity from '../affinity.js';
import deviceFeatureGates from '../device-feature-gates.js';
import gpuRamfbDisplays from '../gpu-ramfb-displays.js';
import inputDevices from '../input-devices.js';
import iothreadsPolicy from '../iothreads-policy.js';
import panicDevices from '../panic-devices.js';
import soundDevice from '../sound-device.js';
import topologySpreadConstraints from '../topology-spread-constraints.js';
import videoDevice from '../video-device.js';
import watchdogDevice from '../watchdog-device.js';

/** Other devices (input, iothreads, GPU, sound, video, watchdog, panic, vsock, host devices) and affinity/topology spread (catalogue sections N, R). */
export const devicesRules: readonly Rule[] = [
  inputDevices,
  iothreadsPolicy,
  gpuRamfbDisplays,
  soundDevice,
  videoDevice,
  watchdogDevice,
  panicDevices,
  deviceFeatureGates,
  affinity,
  topologySpreadConstraints,
];
