import type { BenchApp } from './environment';

export type EntityJson = { id: number; name: string } & Record<string, unknown>;

/** Straight to a demo server as the admin, past the dashboard. */
export async function demoGet<T>(app: BenchApp, path: string): Promise<T> {
  const response = await fetch(new URL(path, app.demo.url), {
    headers: { authorization: `Bearer ${app.demo.tokens.admin}`, accept: 'application/json' },
  });
  if (!response.ok) throw new Error(`demo API ${path}: ${response.status} ${await response.text()}`);
  return (await response.json()) as T;
}
