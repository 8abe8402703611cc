import { loadConfig } from './config';
import { createLogger } from './log';
import { startServer } from './startServer';

const config = loadConfig(process.env);
const log = createLogger(config.logLevel);
const server = await startServer(config, log);
log.info({ event: 'listening', port: server.port, url: server.url, dataDir: config.dataDir }, 'Yttra is listening');

let stopping = false;
for (const signal of ['SIGTERM', 'SIGINT'] as const) {
  process.once(signal, () => {
    if (stopping) return;
    stopping = true;
    log.info({ signal }, 'shutting down');
    server.close().then(
      () => {
        log.info('stopped cleanly');
        process.exit(0);
      },
      (error: unknown) => {
        log.error({ err: error }, 'shutdown failed');
        process.exit(1);
      },
    );
  });
}
