/**
 * Gauges computed from Temporal at scrape time, through the client/ façade: registered directives, overdue tasks by agency,
 * reminders sent / failed / fallen back by channel (from the tasks' own records), and workflow errors
 * (tasks whose status query fails, or that stopped without reaching a final status). Cached briefly so
 * that frequent scrapes do not query every task each time.
 */
import fp from 'fastify-plugin';
import type { TaskSummary } from '../../client/types';
import type { Sample } from './metrics';

const FINAL = new Set(['completed-on-time', 'completed-late', 'cancelled']);
const CACHE_MS = 15_000;
const MAX_TASKS = 2000;

export default fp(
  async (fastify) => {
    fastify.metrics.collect(async () => {
      const rows = await fastify.chidao.overdueByAgency();
      const samples: Sample[] = rows.map((r) => ({
        name: 'chidao_overdue_tasks',
        help: 'Overdue tasks, by lead agency.',
        type: 'gauge',
        labels: { agency: r.agencyId },
        value: r.count,
      }));
      samples.push({ name: 'chidao_overdue_tasks_total', help: 'Overdue tasks, all agencies.', type: 'gauge', value: rows.reduce((n, r) => n + r.count, 0) });
      return samples;
    });

    // Registrations made anywhere (API, CLI, demo), as Temporal knows them.
    fastify.metrics.collect(async () => {
      const all = await fastify.chidao.directives({ limit: 100_000 });
      const byStatus = new Map<string, number>([['active', 0], ['completed', 0], ['cancelled', 0]]);
      for (const d of all) byStatus.set(d.status, (byStatus.get(d.status) ?? 0) + 1);
      return [...byStatus].map(([status, value]) => ({
        name: 'chidao_directives',
        help: 'Registered directives, by status (all registrations, through any door).',
        type: 'gauge' as const,
        labels: { status },
        value,
      }));
    });

    let cached: { at: number; samples: Sample[] } | null = null;
    fastify.metrics.collect(async () => {
      if (cached && Date.now() - cached.at < CACHE_MS) return cached.samples;
      const list: TaskSummary[] = await fastify.chidao.list({ limit: MAX_TASKS });
      const reminders = new Map<string, number>();
      for (const channel of ['email', 'zalo']) for (const status of ['sent', 'failed', 'fallback']) reminders.set(`${channel}|${status}`, 0);
      let errors = 0;
      for (const t of list) {
        if (!t.running && !FINAL.has(t.status)) errors++;
        try {
          const view = await fastify.chidao.status(t.workflowId);
          for (const r of view.reminders) reminders.set(`${r.channel}|${r.status}`, (reminders.get(`${r.channel}|${r.status}`) ?? 0) + 1);
        } catch {
          errors++;
        }
      }
      const samples: Sample[] = [...reminders].map(([key, value]) => {
        const [channel, status] = key.split('|');
        return { name: 'chidao_reminders', help: 'Reminders recorded on tasks, by channel and status (sent, failed, fallback).', type: 'gauge', labels: { channel, status }, value };
      });
      samples.push({ name: 'chidao_tasks', help: 'Task workflows visible to the API.', type: 'gauge', value: list.length });
      samples.push({ name: 'chidao_workflow_errors', help: 'Task workflows that fail their status query or stopped before a final status.', type: 'gauge', value: errors });
      cached = { at: Date.now(), samples };
      return samples;
    });
  },
  { name: 'chidao-temporal-metrics', dependencies: ['chidao-metrics', 'chidao-services'] },
);
