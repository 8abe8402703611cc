// Child process of `pnpm bench:connect`: the WebSocket clients, kept out of the server's process so that the
// server's CPU time (process.cpuUsage there) counts the server alone. One line on stdin per round:
// `<token|cookie> <count>`; one line back per round: connects per second.
import { createInterface } from 'node:readline';
import { measureConnectRate } from '../measureConnectRate';

const [syncUrl, token, cookie, origin] = process.argv.slice(2) as [string, string, string, string];
const CONCURRENCY = 8;

process.stdout.write('ready\n');
for await (const line of createInterface({ input: process.stdin })) {
  const [via, count] = line.split(' ');
  const credentials = via === 'token' ? { token, origin } : { cookie, origin };
  const rate = await measureConnectRate(syncUrl, credentials, Number(count), CONCURRENCY);
  process.stdout.write(`${rate}\n`);
}
