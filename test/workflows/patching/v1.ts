/** Version 1 of a two-step reminder, as deployed: email at −5, wait, email at the due day. */
import { proxyActivities, sleep } from '@temporalio/workflow';
import type { ExampleActivities } from './activities';

const { sendEmail } = proxyActivities<ExampleActivities>({ startToCloseTimeout: '10 seconds' });

export async function twoStepReminder(): Promise<void> {
  await sendEmail('d-5');
  await sleep('5 days');
  await sendEmail('d0');
}
