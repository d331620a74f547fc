/** The kinds of document (kindSchema in record.ts); apart from zod so that the CLI's help can list them cheaply. */
export const KINDS = ['minutes', 'plan', 'project', 'news', 'other'] as const;
