/**
 * A known failure with the stage that met it, e.g. `reader/pdf: encrypted: needs a password`.
 * Content problems of a readable file are messages on the document; a SpisovnaError means the file
 * (or the call) cannot go on. The CLI's one catch turns it into one line and an exit code.
 */
export class SpisovnaError extends Error {
  constructor(
    readonly stage: string,
    message: string,
    /** a short machine-readable reason for the manifest: encrypted, timeout, too-large, unsupported, … */
    readonly reason: string = 'failed',
  ) {
    super(`${stage}: ${message}`);
    this.name = 'SpisovnaError';
  }
}

/** Usage errors: bad flags, missing paths. The CLI exits 2 on them. */
export class UsageError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'UsageError';
  }
}

/** A failure as one line for the manifest: the stage and what went wrong. */
export function failureReason(err: unknown): string {
  if (err instanceof SpisovnaError) {
    // `reason: stage: message`, the reason once: `timeout: …`, `zip-bomb: reader/zip: …`,
    // `encrypted: reader/pdf: needs a password`
    if (err.reason === 'failed') return oneLine(err.message);
    let body = err.message.startsWith(`${err.stage}: `) ? err.message.slice(err.stage.length + 2) : err.message;
    if (body.startsWith(`${err.reason}: `)) body = body.slice(err.reason.length + 2);
    if (err.reason === 'encrypted' && !/password/.test(body)) body = `needs a password (${body})`;
    return oneLine(`${err.reason}: ${err.stage}: ${body}`);
  }
  const e = err as Error;
  const message = oneLine((e?.message ?? String(err)).split('\n')[0].replace(/^error:\s*/i, ''));
  return /password|encrypt/i.test(message) ? `encrypted: needs a password (${message})` : `error: ${message}`;
}

function oneLine(text: string): string {
  return text.replace(/\s+/g, ' ').trim().slice(0, 300);
}
