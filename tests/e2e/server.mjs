// A real static file server for the end-to-end tests: Python's http.server on a free
// loopback port, serving a folder exactly as it would be uploaded (server.py: with a strict
// Content-Security-Policy on request, and a copy whose wasm is missing).
import { spawn } from 'node:child_process';
import { fileURLToPath } from 'node:url';

const SCRIPT = fileURLToPath(new URL('server.py', import.meta.url));

/** Serves `dir` on 127.0.0.1; resolves to { url, close }. */
export function serve(dir) {
  return new Promise((resolve, reject) => {
    const server = spawn('python3', ['-u', SCRIPT, dir], {
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let output = '';
    const timer = setTimeout(() => reject(new Error(`static server did not start:\n${output}`)), 10_000);
    server.stdout.on('data', (chunk) => {
      output += chunk;
      const port = /port (\d+)/.exec(output)?.[1];
      if (port) {
        clearTimeout(timer);
        resolve({ url: `http://127.0.0.1:${port}/`, close: () => server.kill() });
      }
    });
    server.stderr.on('data', (chunk) => (output += chunk));
    server.on('exit', (code) => reject(new Error(`static server exited with ${code}:\n${output}`)));
  });
}
