import { z } from 'zod';
import { recordSchema } from './record.js';

/** The JSON Schema of a record, as `spisovna schema` prints it (zod 4 generates it). */
export function toJsonSchema(): unknown {
  return z.toJSONSchema(recordSchema, { target: 'draft-2020-12' });
}
