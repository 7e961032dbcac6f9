/// <reference types="vitest/config" />
import { defineConfig, type Plugin } from 'vite';
import react from '@vitejs/plugin-react';

// The gateway the development server forwards the API to (./run.sh starts it on 8080).
const gateway = process.env.GATEWAY ?? 'http://127.0.0.1:8080';

/** In development the gateway's /web-config.json is answered here, so the SPA runs before the gateway has its build. */
function developmentWebConfig(): Plugin {
  return {
    name: 'laborbrand-web-config',
    configureServer(server) {
      server.middlewares.use('/web-config.json', (_request, response) => {
        response.setHeader('Content-Type', 'application/json');
        response.end(JSON.stringify({
          authority: process.env.KEYCLOAK_ISSUER_URI ?? 'http://127.0.0.1:8180/realms/laborbrand',
          clientId: 'spa',
        }));
      });
    },
  };
}

export default defineConfig({
  plugins: [react(), developmentWebConfig()],
  build: {
    // packed into the web module's jar, which the gateway serves from its classpath (static/)
    outDir: 'target/classes/static',
    emptyOutDir: true,
    chunkSizeWarningLimit: 2000,
  },
  server: {
    host: '127.0.0.1',
    port: 5173,
    strictPort: true,
    proxy: { '/api': gateway },
  },
  test: {
    environment: 'jsdom',
    globals: true,
    setupFiles: ['src/test-setup.ts'],
    include: ['src/**/*.test.{ts,tsx}'],
    css: false,
    // Ant Design's forms in jsdom take seconds on a busy two-core machine (the platform running beside the build)
    testTimeout: 15_000,
  },
});
