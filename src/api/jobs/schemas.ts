import { z } from 'zod/mini';

export const TERMINAL_JOB_STATUSES = [
  'success',
  'error',
  'error_user',
  'stopped',
  'cancelled',
  'failed',
] as const;

export const jobSchema = z.looseObject({
  uid: z.union([z.number(), z.string()]),
  url: z.optional(z.string()),
  status: z.string(),
  message: z.nullish(z.string()),
  kind: z.nullish(z.string()),
  content: z.optional(z.unknown()),
  error_message: z.nullish(z.string()),
  invalid_fields: z.nullish(z.looseObject({})),
});
export type Job = z.infer<typeof jobSchema>;

export function isTerminalJobStatus(status: string): boolean {
  return (TERMINAL_JOB_STATUSES as readonly string[]).includes(status);
}

export const jobCreateSchema = z.object({
  method_name: z.string().check(z.minLength(1)),
  params: z.record(z.string(), z.unknown()),
  poll_result: z._default(z.literal(false), false),
  timeout: z.optional(z.int().check(z.minimum(1), z.maximum(86400))),
});
export type JobCreate = z.input<typeof jobCreateSchema>;
