// `pnpm --filter @yttra/server build`: the server as plain JavaScript in dist/, so production runs `node` without
// a TypeScript loader. Workspace packages are bundled in; everything from node_modules stays external. Exporters and
// OIDC are split into chunks that load on first use.
import { build } from 'esbuild';

/**
 * Every package from node_modules stays external, pinned to the exact file its importer would load: workspace
 * packages resolve their own dependencies (not visible from server/), and nothing is bundled twice, so there is
 * one copy of yjs and ProseMirror at run time. dist/ is built where it runs (`pnpm start` builds first).
 */
const externalPackages = {
  name: 'external-packages',
  setup(pluginBuild) {
    pluginBuild.onResolve({ filter: /^[^./]/ }, async ({ path, resolveDir, kind, pluginData }) => {
      if (path.startsWith('node:') || path.startsWith('@yttra/') || pluginData?.resolving) return undefined;
      const resolved = await pluginBuild.resolve(path, { resolveDir, kind, pluginData: { resolving: true } });
      if (resolved.errors.length > 0 || !resolved.path.includes('/node_modules/')) return undefined;
      return { path: resolved.path, external: true };
    });
  },
};

await build({
  entryPoints: {
    main: 'src/main.ts',
    bootstrapAdmin: 'src/bootstrapAdmin.ts',
    // The staff report converter runs in a worker thread of its own, started from its own file.
    staffReportWorker: 'src/staffReport/convertStaffReportInWorker.ts',
  },
  outdir: 'dist',
  bundle: true,
  splitting: true,
  format: 'esm',
  platform: 'node',
  target: 'node20',
  // Production runs without --enable-source-maps (its parsed maps stay in the heap); these are for debugging.
  sourcemap: true,
  plugins: [externalPackages],
  logLevel: 'warning',
});
