export * from './evidence.js';
export * from './document.js';
export * from './record.js';
export * from './manifest.js';
export * from './search.js';
/** the HTTP boundary of spisovna serve, as a namespace so its names never clash with the search types */
export * as http from './http.js';
export { toJsonSchema } from './json-schema.js';
export { formatZodError } from './errors.js';
