import type { ErrorResponse, FlagsResponse, MetaResponse, RecordResponse, SearchResponse, TextResponse, TimelineResponse } from '../../schema/http.js';

/** A failed call, with the server's message. */
export class ApiError extends Error {
  constructor(readonly status: number, message: string) {
    super(message);
  }
}

async function get<T>(path: string, params?: URLSearchParams, signal?: AbortSignal): Promise<T> {
  const query = params && [...params.keys()].length ? `?${params.toString()}` : '';
  const res = await fetch(`/api/${path}${query}`, { signal: signal ?? null, headers: { Accept: 'application/json' } });
  if (!res.ok) {
    let message = `HTTP ${res.status}`;
    try {
      message = ((await res.json()) as ErrorResponse).error ?? message;
    } catch {
      // not JSON: keep the status
    }
    throw new ApiError(res.status, message);
  }
  return (await res.json()) as T;
}

export const api = {
  search: (params: URLSearchParams, signal?: AbortSignal) => get<SearchResponse>('search', params, signal),
  timeline: (params: URLSearchParams, signal?: AbortSignal) => get<TimelineResponse>('timeline', params, signal),
  flags: (params: URLSearchParams, signal?: AbortSignal) => get<FlagsResponse>('flags', params, signal),
  record: (id: string, signal?: AbortSignal) => get<RecordResponse>(`records/${encodeURIComponent(id)}`, undefined, signal),
  text: (id: string, signal?: AbortSignal) => get<TextResponse>(`documents/${encodeURIComponent(id)}/text`, undefined, signal),
  meta: () => get<MetaResponse>('meta'),
};

export function exportHref(params: URLSearchParams, format: 'csv' | 'json'): string {
  const p = new URLSearchParams(params);
  p.delete('limit');
  p.delete('offset');
  p.set('format', format);
  return `/api/export?${p.toString()}`;
}
