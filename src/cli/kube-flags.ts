import { DEFAULT_CLIENT_LIMITS, type ClientLimits } from '../kube/client.js';
import { UsageError } from './args.js';

/** The API-server flags shared by plan, sync and agent (parseArgs option specs and their reading). */
export const KUBE_FLAGS = {
  kubeconfig: { type: 'string' },
  'kube-qps': { type: 'string' },
  'kube-burst': { type: 'string' },
} as const;

export const KUBE_FLAGS_HELP = `  --kubeconfig <file>   kubeconfig to use (default: in-cluster, then $KUBECONFIG, then ~/.kube/config)
  --kube-qps <n>        API requests per second (default ${DEFAULT_CLIENT_LIMITS.qps})
  --kube-burst <n>      API requests that may start at once (default ${DEFAULT_CLIENT_LIMITS.burst})`;

export function clientLimits(values: { 'kube-qps'?: string | undefined; 'kube-burst'?: string | undefined }): ClientLimits {
  return {
    qps: positive('--kube-qps', values['kube-qps'], DEFAULT_CLIENT_LIMITS.qps),
    burst: positive('--kube-burst', values['kube-burst'], DEFAULT_CLIENT_LIMITS.burst),
  };
}

function positive(flag: string, text: string | undefined, fallback: number): number {
  if (text === undefined) return fallback;
  const value = Number(text);
  if (!Number.isFinite(value) || value <= 0) throw new UsageError(`${flag} must be a positive number, not "${text}"`);
  return value;
}
