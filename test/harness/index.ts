/** What tests import to reach real Temporal servers. */
export { startTimeSkippingEnv } from './time-skipping';
export { devServer, startDevServer, type DevServerHandle } from './dev-server';
export { workflowBundle } from './bundle';
