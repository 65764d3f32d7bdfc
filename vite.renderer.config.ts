/**
 * The renderer's Vite config, on its own so browser mode can build the renderer with `vite.build()` without
 * electron-vite. electron.vite.config.ts uses the same object for the desktop build.
 */
import { fileURLToPath } from 'node:url';
import react from '@vitejs/plugin-react';
import type { Plugin, UserConfig } from 'vite';

const rendererRoot = fileURLToPath(new URL('./renderer/', import.meta.url));
const outDir = fileURLToPath(new URL('./out/renderer/', import.meta.url));

const INLINE_PREFIX = '/@crossdock/inline-script/';

/**
 * Keeps the page's strict Content-Security-Policy (script-src 'self') usable with the dev server. Vite and the
 * React plugin inject inline module scripts (the fast-refresh preamble) during development; they are served as
 * same-origin files instead. Vite also injects CSS as <style> elements in development, so only there style-src
 * gains 'unsafe-inline'. Production builds are untouched.
 */
function strictCspDevServer(): Plugin {
  const scripts = new Map<string, string>();
  return {
    name: 'crossdock:strict-csp-dev-server',
    apply: 'serve',
    configureServer(server) {
      server.middlewares.use((request, response, next) => {
        const code = request.url?.startsWith(INLINE_PREFIX) ? scripts.get(request.url) : undefined;
        if (code === undefined) return next();
        response.setHeader('Content-Type', 'text/javascript; charset=utf-8');
        response.setHeader('Cache-Control', 'no-store');
        response.end(code);
      });
    },
    transformIndexHtml: {
      order: 'post',
      handler(html) {
        let index = 0;
        const external = html.replace(/<script type="module"([^>]*)>([\s\S]*?)<\/script>/g, (tag, attributes: string, code: string) => {
          if (/\ssrc=/.test(attributes) || code.trim() === '') return tag;
          const url = `${INLINE_PREFIX}${index++}.js`;
          scripts.set(url, code);
          return `<script type="module"${attributes} src="${url}"></script>`;
        });
        return external.replace(/(http-equiv="Content-Security-Policy"[^>]*content="[^"]*style-src 'self')/i, "$1 'unsafe-inline'");
      },
    },
  };
}

export const rendererConfig: UserConfig = {
  root: rendererRoot,
  base: './',
  plugins: [react(), strictCspDevServer()],
  build: {
    outDir,
    emptyOutDir: true,
    rolldownOptions: { input: fileURLToPath(new URL('./renderer/index.html', import.meta.url)) },
  },
};

export default rendererConfig;
