// `node --import tsx bench/peers/summarizeProfile.ts <file.cpuprofile> [top]`: self time per function and per
// package of a V8 CPU profile, to see where a server spends its time.
import { readFileSync } from 'node:fs';

interface ProfileNode {
  id: number;
  callFrame: { functionName: string; url: string; lineNumber: number };
  children?: number[];
}
interface Profile {
  nodes: ProfileNode[];
  samples: number[];
  timeDeltas: number[];
}

const [file, topArgument] = process.argv.slice(2);
if (!file) throw new Error('usage: summarizeProfile.ts <file.cpuprofile> [top]');
const top = Number(topArgument ?? 30);
const profile = JSON.parse(readFileSync(file, 'utf8')) as Profile;
const byId = new Map(profile.nodes.map((node) => [node.id, node]));
const selfTime = new Map<number, number>();
for (const [index, id] of profile.samples.entries()) {
  selfTime.set(id, (selfTime.get(id) ?? 0) + (profile.timeDeltas[index] ?? 0));
}
const total = [...selfTime.values()].reduce((sum, value) => sum + value, 0);

const packageOf = (url: string) => {
  const match = /node_modules\/(?:\.pnpm\/[^/]+\/node_modules\/)?((?:@[^/]+\/)?[^/]+)/.exec(url);
  if (match) return match[1] as string;
  if (url.includes('/server/src/')) return `server/${url.split('/server/src/')[1]?.split('/')[0]}`;
  if (url.includes('/packages/')) return `packages/${url.split('/packages/')[1]?.split('/')[0]}`;
  return url.startsWith('node:') ? 'node' : url === '' ? '(native/gc/idle)' : url;
};
const functions = new Map<string, number>();
const packages = new Map<string, number>();
for (const [id, time] of selfTime) {
  const node = byId.get(id) as ProfileNode;
  const { functionName, url, lineNumber } = node.callFrame;
  const key = `${functionName || '(anonymous)'} ${url.split('/').slice(-2).join('/')}:${lineNumber}`;
  functions.set(key, (functions.get(key) ?? 0) + time);
  packages.set(packageOf(url), (packages.get(packageOf(url)) ?? 0) + time);
}
const print = (title: string, entries: Map<string, number>) => {
  console.log(`\n${title} (of ${(total / 1000).toFixed(0)} ms sampled)`);
  for (const [key, time] of [...entries].sort((a, b) => b[1] - a[1]).slice(0, top)) {
    console.log(
      `${((time / total) * 100).toFixed(1).padStart(5)}%  ${(time / 1000).toFixed(0).padStart(6)} ms  ${key}`,
    );
  }
};
print('self time by package', packages);
print('self time by function', functions);
