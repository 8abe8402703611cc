import type { MatterEvent } from '@yttra/api';
import type { MatterAudience, MatterViewer } from './MatterHub';

/**
 * Pushes matter-page changes to the viewers their audience includes. In-process (MatterHub) on one instance;
 * RedisMatterEvents when the viewers of one matter are spread over several instances.
 */
export interface MatterEvents {
  subscribe(matterId: string, viewer: MatterViewer): () => void;
  publish(matterId: string, change: MatterEvent['change'], audience: MatterAudience): void;
}
