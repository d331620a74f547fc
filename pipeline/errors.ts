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
