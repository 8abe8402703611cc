import { describe, expect, it } from 'vitest';
import { websocketOrigin } from './websocketOrigin';

describe('websocketOrigin', () => {
  it('uses wss behind https and keeps the host with its port', () => {
    expect(websocketOrigin({ protocol: 'https:', host: 'yttra.example.se' })).toBe('wss://yttra.example.se');
    expect(websocketOrigin({ protocol: 'http:', host: '127.0.0.1:5173' })).toBe('ws://127.0.0.1:5173');
  });
});
