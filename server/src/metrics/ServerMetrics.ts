import { Counter, collectDefaultMetrics, Gauge, Histogram, Registry } from 'prom-client';

/** What the gauges read when scraped, so that nothing has to keep counters in step by hand. */
export interface MetricSources {
  connections(): number;
  documentsLoaded(): number;
  writeQueueDepth(): number;
  liveChannels(): number;
  redisReady(): boolean | undefined;
}

/** Latencies of a durable write and of a relay hop on one machine or a LAN: 0.5 ms to 5 s. */
const LATENCY_BUCKETS = [0.0005, 0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5];

/**
 * The Prometheus metrics of one instance (`GET /metrics`), on a registry of its own so that several servers in
 * one process (tests) do not collide.
 */
export class ServerMetrics {
  readonly registry = new Registry();
  readonly durableWrite = new Histogram({
    name: 'yttra_update_durable_write_seconds',
    help: 'Time to commit one batch of accepted updates to storage (an update is relayed only after it).',
    buckets: LATENCY_BUCKETS,
    registers: [this.registry],
  });
  readonly durableWriteBatch = new Histogram({
    name: 'yttra_update_batch_size',
    help: 'Updates committed per storage transaction.',
    buckets: [1, 2, 5, 10, 20, 50, 100, 200, 500],
    registers: [this.registry],
  });
  readonly relayLatency = new Histogram({
    name: 'yttra_update_relay_seconds',
    help: 'From publishing a durable update on one instance to its arrival on another (wall clocks).',
    buckets: LATENCY_BUCKETS,
    registers: [this.registry],
  });
  readonly relayPublishFailures = new Counter({
    name: 'yttra_relay_publish_failures_total',
    help: 'Relay messages that could not be published (Redis unreachable); receivers catch up from storage.',
    registers: [this.registry],
  });
  readonly catchUps = new Counter({
    name: 'yttra_document_catch_ups_total',
    help: 'Reads of a loaded document log past its last applied entry, by why they ran.',
    labelNames: ['reason'],
    registers: [this.registry],
  });
  readonly catchUpEntries = new Counter({
    name: 'yttra_document_catch_up_entries_total',
    help: 'Log entries that a catch-up read found and applied (missed relay messages).',
    registers: [this.registry],
  });

  constructor(sources: MetricSources) {
    collectDefaultMetrics({ register: this.registry, prefix: 'yttra_' });
    const gauge = (name: string, help: string, read: () => number) =>
      new Gauge({
        name,
        help,
        registers: [this.registry],
        collect() {
          this.set(read());
        },
      });
    gauge('yttra_connections', 'Open WebSocket sync connections.', sources.connections);
    gauge('yttra_documents_loaded', 'Documents held in memory.', sources.documentsLoaded);
    gauge('yttra_update_write_queue_depth', 'Accepted updates not yet committed.', sources.writeQueueDepth);
    gauge('yttra_live_channels', 'Open live channels (sockets and event streams) under access control.', () =>
      sources.liveChannels(),
    );
    gauge('yttra_redis_ready', '1 when Redis is connected, 0 when not, -1 when not configured.', () => {
      const ready = sources.redisReady();
      return ready === undefined ? -1 : ready ? 1 : 0;
    });
  }
}
