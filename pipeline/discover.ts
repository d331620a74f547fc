import { readdir, stat } from 'node:fs/promises';
import path from 'node:path';
import { UsageError } from './errors.js';

export interface InputFile {
  /** the path as the user would write it: relative to the working directory when inside it */
  path: string;
  absolute: string;
}

/** Stage 1: the files under the given paths, folders recursively, in a stable (sorted) order. */
export async function discover(inputs: readonly string[], cwd = process.cwd(), exclude: readonly string[] = []): Promise<InputFile[]> {
  const found = new Map<string, InputFile>();
  const skip = new Set(exclude.map((e) => path.resolve(cwd, e)));
  const visit = async (absolute: string): Promise<void> => {
    const info = await stat(absolute);
    if (info.isDirectory()) {
      if (skip.has(absolute)) return; // the output folder inside an input folder is not input
      const entries = await readdir(absolute, { withFileTypes: true });
      for (const e of entries) {
        if (e.name.startsWith('.')) continue; // .git, .DS_Store and the like
        if (e.isDirectory() || e.isFile()) await visit(path.join(absolute, e.name));
      }
    } else if (info.isFile()) {
      found.set(absolute, { absolute, path: displayPath(absolute, cwd) });
    }
  };
  for (const input of inputs) {
    const absolute = path.resolve(cwd, input);
    try {
      await visit(absolute);
    } catch (err) {
      if ((err as NodeJS.ErrnoException).code === 'ENOENT') throw new UsageError(`no such file or folder: ${input}`);
      throw err;
    }
  }
  return [...found.values()].sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
}

function displayPath(absolute: string, cwd: string): string {
  const rel = path.relative(cwd, absolute);
  return (rel.startsWith('..') ? absolute : rel).split(path.sep).join('/');
}
