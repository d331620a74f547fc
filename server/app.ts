import http from 'node:http';
import type { z } from 'zod';
import { formatZodError } from '../schema/index.js';
import {
  exportParamsSchema, filterParamsSchema, flagsParamsSchema, recordIdSchema, searchParamsSchema,
  type ErrorResponse, type MetaResponse, type RecordResponse, type TextResponse,
} from '../schema/http.js';
import type { Dataset } from './dataset.js';
import { exportResults } from './export.js';
import { QueryError } from './fallback-search.js';
import { listFlags, runSearch, timeline } from './query.js';
import type { Assets } from './static.js';

/** Strict by default: no inline script or style, nothing from elsewhere, no framing, no plugins. */
export const SECURITY_HEADERS: Readonly<Record<string, string>> = {
  'Content-Security-Policy': [
    "default-src 'none'",
    "script-src 'self'",
    "style-src 'self'",
    "img-src 'self' data:",
    "connect-src 'self'",
    "font-src 'self'",
    "object-src 'none'",
    "base-uri 'none'",
    "form-action 'self'",
    "frame-ancestors 'none'",
  ].join('; '),
  'X-Content-Type-Options': 'nosniff',
  'Referrer-Policy': 'no-referrer',
  'X-Frame-Options': 'DENY',
  'Cross-Origin-Opener-Policy': 'same-origin',
  'Cross-Origin-Resource-Policy': 'same-origin',
  'Permissions-Policy': 'camera=(), microphone=(), geolocation=()',
};

/** Addresses of the page itself: everything else is the page's router, answered with index.html. */
const PAGE_ROUTES = [/^\/$/u, /^\/flags$/u, /^\/timeline$/u, /^\/records\/[^/]+$/u];

class HttpError extends Error {
  constructor(readonly status: number, message: string) {
    super(message);
  }
}

export interface AppOptions {
  data: Dataset;
  assets: Assets;
  /**
   * Host names the server answers to. A page on another site could otherwise point its own name at
   * 127.0.0.1 (DNS rebinding) and read the archive; undefined when bound to every interface on purpose.
   */
  allowedHosts?: ReadonlySet<string>;
  log?: (line: string) => void;
}

export function createApp(options: AppOptions): http.RequestListener {
  return (req, res) => {
    try {
      handle(options, req, res);
    } catch (err) {
      if (err instanceof HttpError) return sendError(res, err.status, err.message);
      if (err instanceof QueryError) return sendError(res, 400, err.message);
      options.log?.(`serve: ${req.method} ${req.url}: ${err instanceof Error ? (err.stack ?? err.message) : String(err)}`);
      sendError(res, 500, 'vnitřní chyba serveru (internal error)');
    }
  };
}

function handle({ data, assets, allowedHosts }: AppOptions, req: http.IncomingMessage, res: http.ServerResponse): void {
  if (allowedHosts && !allowedHosts.has(hostName(req.headers.host))) throw new HttpError(421, `unknown host "${req.headers.host ?? ''}"`);
  if (req.method !== 'GET' && req.method !== 'HEAD') {
    res.setHeader('Allow', 'GET, HEAD');
    throw new HttpError(405, `method ${req.method} not allowed`);
  }
  const url = new URL(req.url ?? '/', 'http://localhost');
  const route = url.pathname;

  if (route.startsWith('/api/')) {
    const api = route.slice(5).split('/');
    if (api[0] === 'search' && api.length === 1) return sendJson(res, runSearch(data, params(searchParamsSchema, url)));
    if (api[0] === 'flags' && api.length === 1) return sendJson(res, listFlags(data, params(flagsParamsSchema, url)));
    if (api[0] === 'timeline' && api.length === 1) return sendJson(res, timeline(data, params(filterParamsSchema, url)));
    if (api[0] === 'export' && api.length === 1) {
      const file = exportResults(data, params(exportParamsSchema, url));
      res.setHeader('Content-Disposition', `attachment; filename="${file.filename}"`);
      return send(res, 200, file.type, file.body);
    }
    if (api[0] === 'meta' && api.length === 1) {
      noParams(url);
      const meta: MetaResponse = { records: data.ordered.length, flags: data.ordered.reduce((n, e) => n + e.record.flags.length, 0), search: data.engine.name };
      return sendJson(res, meta);
    }
    if (api[0] === 'records' && api.length === 2) {
      noParams(url);
      const entry = lookup(data, api[1]!);
      const body: RecordResponse = { record: entry.record };
      return sendJson(res, body);
    }
    if (api[0] === 'documents' && api.length === 3 && api[2] === 'text') {
      noParams(url);
      const { record } = lookup(data, api[1]!);
      const text = data.texts.get(record.id);
      if (text === undefined) throw new HttpError(404, `the text of ${record.id} is not available (no texts.jsonl and the source is gone)`);
      const body: TextResponse = { id: record.id, text };
      return sendJson(res, body);
    }
    throw new HttpError(404, `no such API: ${route}`);
  }

  const asset = PAGE_ROUTES.some((r) => r.test(route)) ? assets.get('/index.html') : assets.get(route);
  if (!asset) throw new HttpError(404, `nenalezeno (not found): ${route}`);
  res.setHeader('Cache-Control', 'no-cache');
  send(res, 200, asset.type, asset.body);
}

/** The id from the address, validated before it is used as a key; never a path. */
function lookup(data: Dataset, raw: string) {
  let id: string;
  try {
    id = decodeURIComponent(raw);
  } catch {
    throw new HttpError(400, 'id: not a valid percent-encoded string');
  }
  const parsed = recordIdSchema.safeParse(id);
  if (!parsed.success) throw new HttpError(400, `id: ${parsed.error.issues[0]?.message ?? 'invalid'}`);
  const entry = data.entries.get(parsed.data);
  if (!entry) throw new HttpError(404, `no record with id ${parsed.data}`);
  return entry;
}

function params<T extends z.ZodType>(schema: T, url: URL): z.infer<T> {
  const raw: Record<string, string> = {};
  for (const [key, value] of url.searchParams) {
    if (key in raw) throw new HttpError(400, `${key}: given more than once`);
    raw[key] = value;
  }
  const parsed = schema.safeParse(raw);
  if (!parsed.success) throw new HttpError(400, formatZodError(parsed.error));
  return parsed.data;
}

function noParams(url: URL): void {
  const keys = [...url.searchParams.keys()];
  if (keys.length) throw new HttpError(400, `${keys[0]}: this address takes no parameters`);
}

function hostName(host: string | undefined): string {
  if (!host) return '';
  if (host.startsWith('[')) return host.slice(0, host.indexOf(']') + 1).toLowerCase();
  return host.replace(/:\d+$/u, '').toLowerCase();
}

function sendJson(res: http.ServerResponse, body: unknown, status = 200): void {
  send(res, status, 'application/json; charset=utf-8', JSON.stringify(body));
}

function sendError(res: http.ServerResponse, status: number, message: string): void {
  if (res.headersSent) return void res.end();
  const body: ErrorResponse = { error: message, status };
  sendJson(res, body, status);
}

function send(res: http.ServerResponse, status: number, type: string, body: string | Buffer): void {
  for (const [name, value] of Object.entries(SECURITY_HEADERS)) res.setHeader(name, value);
  if (!res.hasHeader('Cache-Control')) res.setHeader('Cache-Control', 'no-store');
  res.setHeader('Content-Type', type);
  res.setHeader('Content-Length', Buffer.byteLength(body));
  res.statusCode = status;
  res.end(res.req.method === 'HEAD' ? undefined : body);
}
