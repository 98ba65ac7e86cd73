import { apiRequest, type RequestOptions } from '../../lib/api-client';
import { type JobCreate, jobCreateSchema, jobSchema } from './schemas';

/** Starts a controller method (the SDK's `entity_compute`); the answer is usually still running. */
export function createEntityJob(
  workspaceId: number,
  entityId: number,
  body: JobCreate,
  options: RequestOptions = {},
) {
  return apiRequest('post', `workspaces/${workspaceId}/entities/${entityId}/jobs/`, jobSchema, {
    ...options,
    json: jobCreateSchema.parse(body),
  });
}

/** A job's `url` is opaque; it is reduced to its `/api/…` path so it goes through our proxy. */
export function getJob(jobUrl: string, options: RequestOptions = {}) {
  return apiRequest('get', jobUrl, jobSchema, options);
}
