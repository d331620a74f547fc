import type { ReadLimits } from './readers/types.js';

/** Defaults, documented in the README; every one can be set from the CLI. */
export const DEFAULT_LIMITS: ReadLimits = {
  maxFileBytes: 200 * 1024 * 1024,
  maxTextChars: 50 * 1024 * 1024,
  maxInflatedBytes: 200 * 1024 * 1024,
  maxCompressionRatio: 100,
  maxHtmlDepth: 512,
};
