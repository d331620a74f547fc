import { readFile } from 'node:fs/promises';

/** The built page: a fixed list of files, read once at start; requests only ever pick from this map. */
export const ASSET_FILES = {
  '/index.html': 'text/html; charset=utf-8',
  '/app.js': 'text/javascript; charset=utf-8',
  '/app.css': 'text/css; charset=utf-8',
  '/favicon.svg': 'image/svg+xml',
} as const;

export interface Asset {
  body: Buffer;
  type: string;
}

export type Assets = ReadonlyMap<string, Asset>;

/** The default place of the built page: dist/web beside dist/server. */
export const DEFAULT_WEB_DIR = new URL('../web/', import.meta.url);

export async function loadAssets(webDir: URL = DEFAULT_WEB_DIR): Promise<Assets> {
  const assets = new Map<string, Asset>();
  for (const [name, type] of Object.entries(ASSET_FILES)) {
    try {
      assets.set(name, { body: await readFile(new URL(`.${name}`, webDir)), type });
    } catch {
      // a missing file is told once below
    }
  }
  if (!assets.has('/index.html') || !assets.has('/app.js')) {
    throw new Error(`serve: the page is not built (no ${new URL('index.html', webDir).pathname}); run npm run build`);
  }
  return assets;
}
