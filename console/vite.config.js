import { defineConfig } from 'vite'
import vue from '@vitejs/plugin-vue'

// Built into the Maven module's target/classes/static: the gateway serves it at / (ConsoleRoutes).
// `npm run dev` serves it on :5173 and proxies the API and /console-config.json to a gateway on :8080.
export default defineConfig({
  plugins: [vue()],
  build: {
    outDir: 'target/classes/static',
    emptyOutDir: true,
    chunkSizeWarningLimit: 2500
  },
  server: {
    port: 5173,
    proxy: {
      '/api': 'http://localhost:8080',
      '/console-config.json': 'http://localhost:8080'
    }
  }
})
