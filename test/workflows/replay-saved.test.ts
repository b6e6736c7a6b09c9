/**
 * Histories recorded by earlier code (test/fixtures/histories, see its README) replay against today's workflow
 * bundle: a change that would break the directives and tasks running in production fails here. Among them, a
 * directive that started its tasks as children, as every directive registered before the client started tasks did.
 */
import fs from 'node:fs';
import path from 'node:path';
import { Worker } from '@temporalio/worker';
import { temporal } from '@temporalio/proto';
import { workflowBundle } from '../harness';

const DIR = path.join(__dirname, '../fixtures/histories');

interface Saved {
  workflowId: string;
  events: number;
  /** temporal.api.history.v1.History, protobuf-encoded, base64. */
  history: string;
}

function load(file: string): { workflowId: string; history: temporal.api.history.v1.IHistory }[] {
  const saved = JSON.parse(fs.readFileSync(path.join(DIR, file), 'utf8')) as Saved[];
  return saved.map((s) => {
    const history = temporal.api.history.v1.History.decode(Buffer.from(s.history, 'base64'));
    if (history.events.length !== s.events) throw new Error(`${file}: ${s.workflowId} has ${history.events.length} events, not ${s.events}`);
    return { workflowId: s.workflowId, history };
  });
}

const FILES = fs.readdirSync(DIR).filter((f) => f.endsWith('.json'));

describe('histories recorded by earlier code', () => {
  it('are here: seed 000, seed 003 and the delivery paths', () => {
    expect(FILES.sort()).toEqual(['delivery.json', 'seed000.json', 'seed003.json']);
  });

  it('include a directive that started its tasks as children', () => {
    const [directive] = load('seed000.json');
    const started = (directive.history.events ?? []).filter(
      (e) => e.eventType === temporal.api.enums.v1.EventType.EVENT_TYPE_START_CHILD_WORKFLOW_EXECUTION_INITIATED,
    );
    expect(started.length).toBe(4); // three at registration, one by the amendment
  });

  it.each(FILES)('%s replays against the current bundle without a nondeterminism error', async (file) => {
    const histories = load(file);
    const results: { workflowId: string; error: unknown }[] = [];
    for await (const r of Worker.runReplayHistories({ workflowBundle: await workflowBundle() }, histories)) {
      results.push({ workflowId: r.workflowId, error: r.error ?? null });
    }
    expect(results).toEqual(histories.map((h) => ({ workflowId: h.workflowId, error: null })));
  }, 120_000);
});
