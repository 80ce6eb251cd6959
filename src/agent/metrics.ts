/**
 * A minimal Prometheus registry (text exposition format 0.0.4): counters, gauges and histograms with
 * labels. Small on purpose: the agent exports a handful of series.
 */
type Labels = Record<string, string>;

interface Series {
  labels: Labels;
  value: number;
}

abstract class Metric {
  constructor(readonly name: string, readonly help: string, readonly type: 'counter' | 'gauge' | 'histogram') {}
  abstract render(): string[];
}

function labelText(labels: Labels, extra: Labels = {}): string {
  const all = { ...labels, ...extra };
  const keys = Object.keys(all);
  if (keys.length === 0) return '';
  return `{${keys.map((k) => `${k}="${all[k]!.replace(/\\/g, '\\\\').replace(/"/g, '\\"').replace(/\n/g, '\\n')}"`).join(',')}}`;
}

class ValueMetric extends Metric {
  private readonly series = new Map<string, Series>();

  private entry(labels: Labels): Series {
    const key = JSON.stringify(Object.entries(labels).sort());
    let series = this.series.get(key);
    if (!series) this.series.set(key, (series = { labels, value: 0 }));
    return series;
  }

  inc(labels: Labels = {}, by = 1): void {
    this.entry(labels).value += by;
  }

  set(labels: Labels, value: number): void {
    if (this.type === 'counter') throw new Error(`${this.name} is a counter`);
    this.entry(labels).value = value;
  }

  /** Gauges that describe a whole population (VMs by health of one GitSync) are replaced at once. */
  clear(matching: Labels = {}): void {
    for (const [key, series] of this.series) {
      if (Object.entries(matching).every(([k, v]) => series.labels[k] === v)) this.series.delete(key);
    }
  }

  render(): string[] {
    return [...this.series.values()].map((s) => `${this.name}${labelText(s.labels)} ${s.value}`);
  }
}

class Histogram extends Metric {
  private readonly series = new Map<string, { labels: Labels; counts: number[]; sum: number; count: number }>();

  constructor(name: string, help: string, private readonly buckets: readonly number[]) {
    super(name, help, 'histogram');
  }

  observe(labels: Labels, value: number): void {
    const key = JSON.stringify(Object.entries(labels).sort());
    let series = this.series.get(key);
    if (!series) this.series.set(key, (series = { labels, counts: this.buckets.map(() => 0), sum: 0, count: 0 }));
    this.buckets.forEach((bound, i) => {
      if (value <= bound) series!.counts[i]!++;
    });
    series.sum += value;
    series.count++;
  }

  render(): string[] {
    return [...this.series.values()].flatMap((s) => [
      ...this.buckets.map((bound, i) => `${this.name}_bucket${labelText(s.labels, { le: String(bound) })} ${s.counts[i]}`),
      `${this.name}_bucket${labelText(s.labels, { le: '+Inf' })} ${s.count}`,
      `${this.name}_sum${labelText(s.labels)} ${s.sum}`,
      `${this.name}_count${labelText(s.labels)} ${s.count}`,
    ]);
  }
}

export class Registry {
  private readonly metrics: Metric[] = [];

  counter(name: string, help: string): ValueMetric {
    return this.add(new ValueMetric(name, help, 'counter'));
  }

  gauge(name: string, help: string): ValueMetric {
    return this.add(new ValueMetric(name, help, 'gauge'));
  }

  histogram(name: string, help: string, buckets: readonly number[]): Histogram {
    return this.add(new Histogram(name, help, buckets));
  }

  render(): string {
    return `${this.metrics.flatMap((m) => [`# HELP ${m.name} ${m.help}`, `# TYPE ${m.name} ${m.type}`, ...m.render()]).join('\n')}\n`;
  }

  private add<T extends Metric>(metric: T): T {
    if (this.metrics.some((m) => m.name === metric.name)) throw new Error(`metric ${metric.name} registered twice`);
    this.metrics.push(metric);
    return metric;
  }
}

const SECONDS = [0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10, 30, 60, 120];

/** The agent's series. */
export function agentMetrics(registry = new Registry()) {
  return {
    registry,
    syncDuration: registry.histogram('virtops_sync_duration_seconds', 'Duration of a whole reconcile, by result.', SECONDS),
    fetchDuration: registry.histogram('virtops_fetch_duration_seconds', 'Duration of the git fetch, by result.', SECONDS),
    objectsApplied: registry.counter('virtops_objects_applied_total', 'Objects applied, by kind and action (created, configured).'),
    driftDetected: registry.counter('virtops_drift_detected_total', 'Objects found changed in the cluster and healed, by kind.'),
    prunesBlocked: registry.counter('virtops_prunes_blocked_total', 'Prunes refused by a brake, by reason.'),
    vmHealth: registry.gauge('virtops_vm_health', 'VirtualMachines by health status.'),
  };
}
