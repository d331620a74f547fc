import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import path from 'node:path';

export const root = path.resolve(import.meta.dirname, '../..');
export const bin = path.join(root, 'bin/spisovna.js');

export interface Run {
  code: number | null;
  signal: NodeJS.Signals | null;
  stderr: string;
  /** peak resident memory of the whole process (main thread and workers), in MB, from /usr/bin/time */
  peakMb?: number;
}

/** Runs the CLI (the built dist) in `cwd`; with /usr/bin/time when present, to measure peak memory. */
export function spisovna(args: string[], cwd: string, opts: { onStart?: (pid: number) => void } = {}): Promise<Run> {
  const time = existsSync('/usr/bin/time');
  const cmd = time ? '/usr/bin/time' : process.execPath;
  const argv = time ? ['-f', 'PEAK_KB=%M', process.execPath, bin, ...args] : [bin, ...args];
  return new Promise((resolve) => {
    const child = spawn(cmd, argv, { cwd, stdio: ['ignore', 'ignore', 'pipe'] });
    let stderr = '';
    child.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
    if (opts.onStart && child.pid) opts.onStart(child.pid);
    child.on('close', (code, signal) => {
      const m = /PEAK_KB=(\d+)/.exec(stderr);
      resolve({ code, signal, stderr: stderr.replace(/PEAK_KB=\d+\n?/, ''), ...(m ? { peakMb: Number(m[1]) / 1024 } : {}) });
    });
  });
}

export async function jsonl<T = Record<string, unknown>>(file: string): Promise<T[]> {
  return (await readFile(file, 'utf8')).split('\n').filter(Boolean).map((l) => JSON.parse(l) as T);
}

export const OUTPUTS = ['records.jsonl', 'manifest.jsonl', 'documents.csv', 'people.csv', 'dates.csv', 'money.csv', 'flags.csv', 'texts.jsonl'];
