// The console's build: React, @wuye/client from its sources, every asset bundled into dist/ (no CDN:
// the province's networks are often offline), and the published contract's fields of the entities the
// console shows — a field the running schema has beyond them belongs to an enabled plugin.
import react from '@vitejs/plugin-react';
import { defaultClientConditions, defineConfig } from 'vite';
import { contractFieldsOf } from './build/contract-fields.js';

export default defineConfig({
  plugins: [react()],
  resolve: { conditions: ['@wuye/source', ...defaultClientConditions] },
  define: { __CONTRACT_FIELDS__: JSON.stringify(contractFieldsOf(['ResidentialEstate', 'Region'])) },
  build: { outDir: 'dist', emptyOutDir: true, chunkSizeWarningLimit: 1500, sourcemap: false },
  server: { port: 5173, proxy: { '/graphql': 'http://127.0.0.1:4300', '/api': 'http://127.0.0.1:4300' } },
});
