/** The same change made carelessly, without patched(): a version-1 history no longer replays. */
import { proxyActivities, sleep } from '@temporalio/workflow';
import type { ExampleActivities } from './activities';

const { sendEmail, sendZalo } = proxyActivities<ExampleActivities>({ startToCloseTimeout: '10 seconds' });

export async function twoStepReminder(): Promise<void> {
  await sendEmail('d-5');
  await sendZalo('d-5');
  await sleep('5 days');
  await sendEmail('d0');
}
