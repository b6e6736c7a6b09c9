/**
 * On the dev server (visibility queries work there, not on the test server): a supervisor lists what is
 * overdue by agency, what falls due soon, and the tasks of one directive, through the search attributes the
 * task workflows upsert on every status change.
 *
 * Seed 000 (deadlines 19/01 and 31/01/2018) registered today is wholly overdue; a copy with a deadline next
 * year is not. The document numbers are made unique per run, since the run-wide server is shared.
 */
import { NativeConnection } from '@temporalio/worker';
import { RecordingActivities } from '../../activities/recording';
import type { ChidaoClient } from '../../client/types';
import { createWorker } from '../../workers/worker';
import { devServer, workflowBundle } from '../harness';
import { deadline, seed000, task } from './fixtures';
import { devClient, eventually, uniq } from './dev-env';

const taskQueue = `vis-${uniq()}`;
let chidao: ChidaoClient;
let close: () => Promise<void>;
let connection: NativeConnection;
let run: Promise<void>;
let stopWorker: () => void;
let late: string;
let future: string;

beforeAll(async () => {
  ({ chidao, close } = await devClient(taskQueue));
  connection = await NativeConnection.connect({ address: devServer().address });
  const worker = await createWorker({
    connection,
    namespace: devServer().namespace,
    taskQueue,
    activities: new RecordingActivities().activities(),
    workflowBundle: await workflowBundle(),
  });
  run = worker.run();
  stopWorker = () => worker.shutdown();

  const id = uniq();
  const lateSpec = seed000();
  lateSpec.document.number = `46-${id}/TB-VP`;
  const futureSpec = seed000();
  futureSpec.document.number = `47-${id}/TB-VP`;
  futureSpec.tasks = [task('t1', '1', 'Báo cáo kết quả', [`so-y-te-${id}`], [deadline({ kind: 'once', phrase: 'trước ngày 31/12/2099', nominal: '2099-12-30', due: '2099-12-30' })])];
  late = (await chidao.register(lateSpec)).directiveId;
  future = (await chidao.register(futureSpec)).directiveId;
}, 120_000);

afterAll(async () => {
  stopWorker?.();
  await run;
  await connection?.close();
  await close?.();
});

describe('visibility over the search attributes', () => {
  it('lists the overdue tasks by agency', async () => {
    const groups = await eventually(async () => {
      const all = await chidao.overdueByAgency();
      const mine = all.filter((g) => g.workflowIds.some((w) => w.startsWith(`${late}/`)));
      return mine.length === 3 ? mine : undefined;
    }, 'three agencies overdue');
    expect(groups.map((g) => [g.agencyId, g.workflowIds.filter((w) => w.startsWith(`${late}/`)).map((w) => w.slice(late.length + 1))]).sort()).toEqual([
      ['so-gddt', ['t2/so-gddt']],
      ['so-ldtbxh', ['t1/so-ldtbxh']],
      ['so-y-te', ['t2/so-y-te']],
    ]);
    expect(groups.some((g) => g.workflowIds.some((w) => w.startsWith(`${future}/`)))).toBe(false);
  });

  it('lists one directive\'s tasks with their status and due day', async () => {
    const rows = await eventually(async () => {
      const r = await chidao.list({ directiveId: late });
      return r.length === 3 && r.every((x) => x.status === 'overdue') ? r : undefined;
    }, 'the directive\'s three tasks overdue');
    expect(rows.map((r) => [r.workflowId.slice(late.length + 1), r.nextDue, r.overdue]).sort()).toEqual([
      ['t1/so-ldtbxh', '2018-01-31', true],
      ['t2/so-gddt', '2018-01-19', true],
      ['t2/so-y-te', '2018-01-19', true],
    ]);
  });

  it('filters by due window and status ("đến hạn trong khoảng")', async () => {
    const rows = await eventually(async () => {
      const r = await chidao.list({ directiveId: future, dueFrom: '2099-12-01', dueTo: '2099-12-31', status: ['pending'] });
      return r.length === 1 ? r : undefined;
    }, 'one task due in December 2099');
    expect(rows[0].nextDue).toBe('2099-12-30');
    expect(await chidao.list({ directiveId: future, dueTo: '2099-11-30' })).toEqual([]);
  });

  it('lists directives, searchable by number', async () => {
    const found = await eventually(async () => {
      const r = await chidao.directives({ q: late.split('/')[2] });
      return r.length === 1 ? r : undefined;
    }, 'the directive found by its number');
    expect(found[0]).toMatchObject({ directiveId: late, type: 'Thông báo', issuedOn: '2018-01-09', status: 'active', taskCount: 3 });
  });
});
