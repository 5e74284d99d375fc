// How the end-to-end tests talk to the stack: a GraphQL POST to the gateway the global setup started,
// with a bearer token when given.
import { expect, inject } from 'vitest';

export interface GatewayResult<T> {
  data?: T;
  errors?: { message: string; extensions?: { code?: string; [key: string]: unknown } }[];
}

/** the raw result, errors and all */
export async function request<T>(query: string, token?: string, variables?: Record<string, unknown>): Promise<GatewayResult<T>> {
  const response = await fetch(inject('gatewayUrl'), {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
    body: JSON.stringify({ query, variables }),
  });
  return (await response.json()) as GatewayResult<T>;
}

/** the data of a request that must succeed (the test fails on any error, showing it) */
export async function query<T>(q: string, token?: string, variables?: Record<string, unknown>): Promise<T> {
  const result = await request<T>(q, token, variables);
  expect(result.errors, JSON.stringify(result.errors)).toBeUndefined();
  return result.data!;
}
