/**
 * A time-skipping Temporal environment whose worker runs the real activities (activities/index.ts): the shipped
 * directory, SMTP to a local smtp-server, Zalo to the local fake. For the end-to-end tests of this folder.
 */
import { SearchAttributeType } from '@temporalio/common';
import { temporal } from '@temporalio/proto';
import type { TestWorkflowEnvironment } from '@temporalio/testing';
import type { Worker } from '@temporalio/worker';
import { createActivities } from '../../activities/index';
import { createChidaoClient } from '../../client';
import type { ChidaoClient } from '../../client/types';
import type { EscalationPolicy } from '../../calendar/types';
import { calendarInput, loadCalendar } from '../../config/calendar';
import { loadDirectory } from '../../config/directory';
import { parseSmtpConfig } from '../../config/smtp';
import type { DirectiveSpec } from '../../directives/spec';
import { createWorker } from '../../workers/worker';
import { SEARCH_ATTRIBUTES } from '../../workflows/search-attributes';
import { startTimeSkippingEnv, workflowBundle } from '../harness';
import { startFakeSmtp, type FakeSmtp } from '../fakes/smtp';
import { seed000 } from '../workflows/fixtures';
import { LINKS } from './fixtures';
import { zaloRig, type ZaloRig } from './zalo-setup';

const INDEXED: Record<string, temporal.api.enums.v1.IndexedValueType> = {
  [SearchAttributeType.KEYWORD]: temporal.api.enums.v1.IndexedValueType.INDEXED_VALUE_TYPE_KEYWORD,
  [SearchAttributeType.KEYWORD_LIST]: temporal.api.enums.v1.IndexedValueType.INDEXED_VALUE_TYPE_KEYWORD_LIST,
  [SearchAttributeType.DATETIME]: temporal.api.enums.v1.IndexedValueType.INDEXED_VALUE_TYPE_DATETIME,
  [SearchAttributeType.BOOL]: temporal.api.enums.v1.IndexedValueType.INDEXED_VALUE_TYPE_BOOL,
};

/** Seed 000 item 2.7 only ("trước ngày 20/01/2018" ⇒ 19/01/2018), lead Sở GD&ĐT, coordinating Sở LĐTB&XH. */
export function seed000Item27(): DirectiveSpec {
  const s = seed000();
  const t2 = s.tasks.find((t) => t.id === 't2')!;
  t2.assignees = [
    { name: 'Sở Giáo dục và Đào tạo', agencyId: 'kt-sgddt', role: 'lead', group: false },
    { name: 'Sở Lao động - Thương binh và Xã hội', agencyId: 'kt-sldtbxh', role: 'coordinate', group: false },
  ];
  return { ...s, tasks: [t2] };
}

export interface RealSendersEnv {
  env: TestWorkflowEnvironment;
  worker: Worker;
  chidao: ChidaoClient;
  smtp: FakeSmtp;
  zalo: ZaloRig;
  sleepUntil(iso: string): Promise<void>;
  teardown(): Promise<void>;
}

export async function realSendersEnv(opts: { initialTime: string; policy: EscalationPolicy }): Promise<RealSendersEnv> {
  const smtp = await startFakeSmtp();
  const zalo = await zaloRig();
  const env = await startTimeSkippingEnv({ initialTime: opts.initialTime });
  await env.connection.operatorService.addSearchAttributes({
    namespace: env.namespace ?? 'default',
    searchAttributes: Object.fromEntries(SEARCH_ATTRIBUTES.map((k) => [k.name, INDEXED[k.type]])),
  });
  const taskQueue = `e2e-${Math.random().toString(36).slice(2, 8)}`;
  const chidao = createChidaoClient({
    client: env.client,
    taskQueue,
    calendar: calendarInput(),
    policies: { [opts.policy.id]: opts.policy },
    defaultPolicyId: opts.policy.id,
  });
  const directory = loadDirectory();
  const calendar = loadCalendar();
  const activities = createActivities({
    directory: () => directory,
    smtp: parseSmtpConfig(smtp.config()),
    zalo: zalo.config,
    zaloTokens: zalo.store,
    links: LINKS,
    officeName: 'Văn phòng UBND tỉnh Kon Tum',
    client: chidao,
    calendar: () => calendar,
    logger: { warn: () => undefined },
  });
  const worker = await createWorker({ connection: env.nativeConnection, taskQueue, activities, workflowBundle: await workflowBundle() });
  return {
    env,
    worker,
    chidao,
    smtp,
    zalo,
    async sleepUntil(iso) {
      const ms = Date.parse(iso) - (await env.currentTimeMs());
      if (ms > 0) await env.sleep(ms);
    },
    async teardown() {
      await env.teardown();
      await zalo.close();
      await smtp.close();
    },
  };
}
