import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { createApp } from './app.js';
import { loadDataset, type Dataset } from './dataset.js';
import { loadAssets } from './static.js';

export interface ServeOptions {
  dir: string;
  /** 0 picks a free port */
  port?: number;
  host?: string;
  /** where the built page lies (default: dist/web) */
  webDir?: URL;
  log?: (line: string) => void;
}

export interface RunningServer {
  url: string;
  data: Dataset;
  server: http.Server;
  close(): Promise<void>;
}

const LOOPBACK = new Set(['127.0.0.1', 'localhost', '::1', '[::1]']);

/** Loads the output folder and the page, then listens; resolves once the port is open. */
export async function startServer(options: ServeOptions): Promise<RunningServer> {
  const host = options.host ?? '127.0.0.1';
  const [data, assets] = await Promise.all([loadDataset(options.dir), loadAssets(options.webDir)]);
  const allowedHosts = isWildcard(host) ? undefined : new Set(['localhost', '127.0.0.1', '[::1]', host.includes(':') ? `[${host}]` : host.toLowerCase()]);
  const app = createApp(allowedHosts ? { data, assets, allowedHosts, log: options.log } : { data, assets, log: options.log });
  const server = http.createServer(app);
  server.headersTimeout = 10_000;
  server.requestTimeout = 30_000;
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port ?? 8080, host, () => {
      server.off('error', reject);
      resolve();
    });
  });
  const address = server.address() as AddressInfo;
  const shown = address.family === 'IPv6' ? `[${address.address}]` : address.address;
  return {
    url: `http://${isWildcard(host) ? 'localhost' : shown}:${address.port}/`,
    data,
    server,
    close: () =>
      new Promise<void>((resolve, reject) => {
        server.closeAllConnections();
        server.close((err) => (err ? reject(err) : resolve()));
      }),
  };
}

function isWildcard(host: string): boolean {
  return host === '0.0.0.0' || host === '::' || host === '[::]';
}

export function isLoopback(host: string): boolean {
  return LOOPBACK.has(host) || host.startsWith('127.');
}

export { createApp, SECURITY_HEADERS } from './app.js';
export { loadDataset } from './dataset.js';
