/** Kept for older imports: the ZIP sniffing helpers live in corpus/zip.ts. */
export { isZip, isZipWith, zipMemberNames } from './zip.js';
