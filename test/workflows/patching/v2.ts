/**
 * Version 2: also a Zalo message at −5. Running workflows started under version 1 must replay their
 * history unchanged, so the new command sits behind patched(): false while replaying a history that
 * lacks the marker, true otherwise (and then it records the marker). Once no run of version 1 is left,
 * the next change turns patched() into deprecatePatch(), and the one after removes the branch.
 */
import { patched, proxyActivities, sleep } from '@temporalio/workflow';
import type { ExampleActivities } from './activities';

const { sendEmail, sendZalo } = proxyActivities<ExampleActivities>({ startToCloseTimeout: '10 seconds' });

export async function twoStepReminder(): Promise<void> {
  await sendEmail('d-5');
  if (patched('zalo-at-d-5')) await sendZalo('d-5');
  await sleep('5 days');
  await sendEmail('d0');
}
