// Run by durability.test.ts as a separate process: enqueue one transition, print the entry id as
// soon as enqueueTransition returns, then idle until the test kills the process.
import { openStationDb } from '../../../electron/main/db/index.ts';
import { enqueueTransition } from '../../../electron/main/outbox/index.ts';

const [file = '', orderId = ''] = process.argv.slice(2);
const db = openStationDb(file);
const result = enqueueTransition(db, {
  orderId: Number(orderId),
  action: 'process',
  operator: 'ana',
  stationId: 'child-station',
  now: new Date(),
});
if (!result.ok) {
  process.stderr.write(`${result.error.code}: ${result.error.message}\n`);
  process.exit(1);
}
process.stdout.write(`${result.value.id}\n`);
setInterval(() => {}, 60_000);
