export * from './evidence.js';
export * from './document.js';
export * from './record.js';
export * from './manifest.js';
export * from './search.js';
export { toJsonSchema } from './json-schema.js';
export { formatZodError } from './errors.js';
