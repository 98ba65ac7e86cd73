import type { Context } from 'hono';
import { ApiError, fieldErrors } from './errors';
import { exactField } from './exact-json';

/**
 * Request bodies the way DRF's JSONParser and serializers treat them: 415 for non-JSON content,
 * 400 `detail` for unparsable JSON, `non_field_errors` when the top level is not an object.
 */
export type Body = Record<string, unknown>;

export async function readJsonObject(c: Context): Promise<Body> {
  const text = await c.req.text();
  if (text.trim() === '') return {};
  const contentType = c.req.header('content-type') ?? '';
  if (!contentType.toLowerCase().includes('json')) {
    throw new ApiError(415, { detail: `Unsupported media type "${contentType}" in request.` });
  }
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch (error) {
    throw new ApiError(400, { detail: `JSON parse error - ${(error as Error).message}` });
  }
  if (!isPlainObject(parsed)) {
    const got = Array.isArray(parsed) ? 'list' : parsed === null ? 'NoneType' : typeof parsed;
    throw fieldErrors({ non_field_errors: [`Invalid data. Expected a dictionary, but got ${got}.`] });
  }
  return parsed;
}

/**
 * A validated object field as JSON text, digit for digit as the client sent it: params are stored
 * as text, and `JSON.stringify(JSON.parse(...))` would round integers beyond 2^53.
 */
export async function exactJsonText(c: Context, field: string, parsed: object): Promise<string> {
  return exactField(await c.req.text(), field) ?? JSON.stringify(parsed);
}

export function isPlainObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function typeName(value: unknown): string {
  if (Array.isArray(value)) return 'list';
  if (value === null) return 'NoneType';
  return typeof value === 'string' ? 'str' : typeof value === 'number' ? 'int' : typeof value;
}

/** Collects field errors so one 400 reports every problem, as DRF does. */
export class FieldValidator {
  readonly errors: Record<string, string[]> = {};

  constructor(private readonly body: Body) {}

  private fail(field: string, message: string): undefined {
    this.errors[field] = [message];
    return undefined;
  }

  string(
    field: string,
    options: { required: boolean; maxLength: number; allowBlank?: boolean },
  ): string | undefined {
    const value = this.body[field];
    if (value === undefined)
      return options.required ? this.fail(field, 'This field is required.') : undefined;
    if (value === null) return options.required ? this.fail(field, 'This field may not be null.') : undefined;
    if (typeof value !== 'string') return this.fail(field, 'Not a valid string.');
    if (!options.allowBlank && value.trim() === '') return this.fail(field, 'This field may not be blank.');
    if (value.length > options.maxLength) {
      return this.fail(field, `Ensure this field has no more than ${options.maxLength} characters.`);
    }
    return value;
  }

  object(field: string, options: { required: boolean }): Record<string, unknown> | undefined {
    const value = this.body[field];
    if (value === undefined)
      return options.required ? this.fail(field, 'This field is required.') : undefined;
    if (value === null) return this.fail(field, 'This field may not be null.');
    if (!isPlainObject(value))
      return this.fail(field, `Expected a dictionary of items but got type "${typeName(value)}".`);
    return value;
  }

  integer(field: string, options: { required: boolean; min?: number; max?: number }): number | undefined {
    const value = this.body[field];
    if (value === undefined || value === null) {
      return options.required ? this.fail(field, 'This field is required.') : undefined;
    }
    if (typeof value !== 'number' || !Number.isInteger(value))
      return this.fail(field, 'A valid integer is required.');
    if (options.min !== undefined && value < options.min) {
      return this.fail(field, `Ensure this value is greater than or equal to ${options.min}.`);
    }
    if (options.max !== undefined && value > options.max) {
      return this.fail(field, `Ensure this value is less than or equal to ${options.max}.`);
    }
    return value;
  }

  boolean(field: string): boolean | undefined {
    const value = this.body[field];
    if (value === undefined || value === null) return undefined;
    if (typeof value !== 'boolean') return this.fail(field, 'Must be a valid boolean.');
    return value;
  }

  /** Throws the collected errors, if any. */
  check(): void {
    if (Object.keys(this.errors).length > 0) throw fieldErrors(this.errors);
  }
}
