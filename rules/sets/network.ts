import type { Rule } from '../../src/engine/rule.js';
import draDevices from '../dra-devices.js';
import draNetworks from '../dra-networks.js';
import interfaceBinding from '../interface-binding.js';
import interfaceDhcpOptions from '../interface-dhcp-options.js';
import interfaceMacAddress from '../interface-mac-address.js';
import interfaceModel from '../interface-model.js';
import interfacePciAddress from '../interface-pci-address.js';
import interfacePorts from '../interface-ports.js';
import interfaceState from '../interface-state.js';
import networkSources from '../network-sources.js';
import resourceClaims from '../resource-claims.js';

/** Networks, interfaces, DRA resource claims, GPUs and host devices (catalogue sections P, Q). */
export const networkRules: readonly Rule[] = [
  interfaceBinding,
  networkSources,
  interfaceState,
  interfaceModel,
  interfaceMacAddress,
  interfacePciAddress,
  interfacePorts,
  interfaceDhcpOptions,
  draNetworks,
  resourceClaims,
  draDevices,
];
