import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';

/**
 * Built to static files that the gateway serves under /dashboard/ (same origin as /graphql, so no
 * CORS and no absolute URLs). Everything is bundled: no CDN, no remote fonts, nothing leaves the intranet.
 */
export default defineConfig({
  base: '/dashboard/',
  plugins: [react()],
  // One React: the workspace root holds another major version (GraphiQL's), which urql would otherwise import.
  resolve: { dedupe: ['react', 'react-dom'] },
  build: { outDir: 'dist', chunkSizeWarningLimit: 1500, sourcemap: false },
  server: { proxy: { '/graphql': 'http://127.0.0.1:4000' } },
});
