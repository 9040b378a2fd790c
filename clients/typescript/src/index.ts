/**
 * A typed client of the Migration Profiles API.
 *
 * `schema.d.ts` is generated from the service's OpenAPI document
 * (`npm run generate`); this file only binds it to openapi-fetch. Answers are
 * read as JSON (`data`), errors as RFC 9457 problems (`error`).
 */
import createClient, { type Client } from "openapi-fetch";
import type { components, paths } from "./schema.js";

export type { components, operations, paths } from "./schema.js";

/** Every error the service answers with: `type`, `title`, `status`, `detail`. */
export type Problem = components["schemas"]["ProblemDetails"];

/**
 * The media types this client reads: JSON answers (`application/json`) and
 * problems (`application/problem+json`), not CSV.
 */
export type Json = `${string}/${string}json`;

export type MigrationProfilesClient = Client<paths, Json>;

export interface ClientOptions {
  /** Where the service runs, e.g. `http://127.0.0.1:8000`. */
  baseUrl: string;
  /** An API key, for writes: sent as `Authorization: Bearer <key>`. */
  apiKey?: string;
  /** A fetch of your own (tests, retries); the global one by default. */
  fetch?: typeof globalThis.fetch;
}

export function createMigrationProfilesClient(options: ClientOptions): MigrationProfilesClient {
  const headers: Record<string, string> = {};
  if (options.apiKey !== undefined) {
    headers["Authorization"] = `Bearer ${options.apiKey}`;
  }
  return createClient<paths, Json>({
    baseUrl: options.baseUrl,
    headers,
    ...(options.fetch === undefined ? {} : { fetch: options.fetch }),
  });
}

/** The `cursor` of a collection's `links.next`, or null on the last page. */
export function nextCursor(links: { next?: string | null }): string | null {
  if (!links.next) {
    return null;
  }
  return new URL(links.next, "http://service.invalid").searchParams.get("cursor");
}
