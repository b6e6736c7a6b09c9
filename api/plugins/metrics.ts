/**
 * Prometheus text exposition without a dependency: counters kept by this process (registrations, actions,
 * refusals) and gauges computed at scrape time from Temporal through the client (overdue tasks, reminders,
 * workflow errors). `fastify.metrics` is the registry; routes/health serves it at /metrics.
 */
import fp from 'fastify-plugin';

type Labels = Record<string, string>;

interface Family {
  name: string;
  help: string;
  type: 'counter' | 'gauge';
  values: Map<string, { labels: Labels; value: number }>;
}

/** A sample computed at scrape time. */
export interface Sample {
  name: string;
  help: string;
  type: 'counter' | 'gauge';
  labels?: Labels;
  value: number;
}

export type Collector = () => Promise<Sample[]>;

const escape = (v: string) => v.replace(/\\/g, '\\\\').replace(/\n/g, '\\n').replace(/"/g, '\\"');
const labelText = (labels: Labels) => {
  const keys = Object.keys(labels).sort();
  return keys.length ? `{${keys.map((k) => `${k}="${escape(labels[k])}"`).join(',')}}` : '';
};

export class Metrics {
  private readonly families = new Map<string, Family>();
  private readonly collectors: Collector[] = [];

  counter(name: string, help: string): (labels?: Labels, by?: number) => void {
    const family = this.family(name, help, 'counter');
    return (labels = {}, by = 1) => {
      const key = labelText(labels);
      const cur = family.values.get(key) ?? { labels, value: 0 };
      cur.value += by;
      family.values.set(key, cur);
    };
  }

  /** Declares a counter with zero-valued label sets so that it shows before the first event. */
  preset(name: string, labelSets: Labels[]): void {
    const family = this.families.get(name);
    if (!family) return;
    for (const labels of labelSets) {
      const key = labelText(labels);
      if (!family.values.has(key)) family.values.set(key, { labels, value: 0 });
    }
  }

  collect(collector: Collector): void {
    this.collectors.push(collector);
  }

  async render(): Promise<string> {
    const families = new Map<string, Family>();
    for (const [name, f] of this.families) families.set(name, { ...f, values: new Map(f.values) });
    const results = await Promise.allSettled(this.collectors.map((c) => c()));
    let failures = 0;
    for (const r of results) {
      if (r.status === 'rejected') {
        failures++;
        continue;
      }
      for (const s of r.value) {
        const f = families.get(s.name) ?? { name: s.name, help: s.help, type: s.type, values: new Map() };
        families.set(s.name, f);
        f.values.set(labelText(s.labels ?? {}), { labels: s.labels ?? {}, value: s.value });
      }
    }
    families.set('chidao_metrics_collect_failures', {
      name: 'chidao_metrics_collect_failures',
      help: 'Collectors that failed during this scrape (Temporal unreachable, for instance).',
      type: 'gauge',
      values: new Map([['', { labels: {}, value: failures }]]),
    });
    const lines: string[] = [];
    for (const f of families.values()) {
      lines.push(`# HELP ${f.name} ${f.help}`, `# TYPE ${f.name} ${f.type}`);
      for (const { labels, value } of f.values.values()) lines.push(`${f.name}${labelText(labels)} ${value}`);
    }
    return lines.join('\n') + '\n';
  }

  private family(name: string, help: string, type: 'counter' | 'gauge'): Family {
    let f = this.families.get(name);
    if (!f) {
      f = { name, help, type, values: new Map() };
      this.families.set(name, f);
    }
    return f;
  }
}

declare module 'fastify' {
  interface FastifyInstance {
    metrics: Metrics;
  }
}

export default fp(
  async (fastify, opts: { metrics?: Metrics }) => {
    fastify.decorate('metrics', opts.metrics ?? new Metrics());
  },
  { name: 'chidao-metrics' },
);
