import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';

// The renderer is served by the browser host over http and loaded from file:// by Electron,
// so every asset URL is relative (base './') and nothing is inlined as script (strict CSP).
export default defineConfig({
  root: 'renderer',
  base: './',
  plugins: [react()],
  build: {
    outDir: '../dist/renderer',
    emptyOutDir: true,
    target: 'es2022',
    chunkSizeWarningLimit: 2500,
    modulePreload: { polyfill: false },
  },
  server: { port: 5173, strictPort: false },
});
