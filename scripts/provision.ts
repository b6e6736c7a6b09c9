/** `npm run provision`: builds or finds the Temporal servers (see scripts/provision/). */
import { provision } from './provision/index';

provision().catch((err: unknown) => {
  console.error(`✗ Chuẩn bị thất bại: ${err instanceof Error ? err.message : String(err)}`);
  process.exit(1);
});
