import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';

// In development the API and the sync socket live on the Node server; the built client is served by it directly.
const serverTarget = `http://127.0.0.1:${process.env.YTTRA_SERVER_PORT ?? '3000'}`;

export default defineConfig({
  plugins: [react()],
  resolve: {
    // Two copies of Yjs or ProseMirror break collaboration silently (constructor checks fail), so force one.
    dedupe: ['yjs', 'y-protocols', '@tiptap/core', '@tiptap/pm', 'react', 'react-dom'],
  },
  server: {
    proxy: {
      '/api': { target: serverTarget, changeOrigin: true },
      // The municipality's sign-in (OIDC) redirects through the server.
      '/auth': { target: serverTarget, changeOrigin: true },
      // Host kept as the browser sent it: the server refuses a cookie-signed socket whose Origin is another host.
      '/sync': { target: serverTarget, ws: true, changeOrigin: false },
    },
  },
  build: {
    outDir: 'dist',
    emptyOutDir: true,
    // The lazily loaded editor chunk (ProseMirror + Tiptap + Yjs) is ~530 kB by nature; warn only beyond that.
    chunkSizeWarningLimit: 600,
  },
});
