/**
 * The client against a live service (`MIGRATION_PROFILES_URL`, with a write key
 * in `MIGRATION_PROFILES_WRITE_KEY`): what a front-end does with it.
 */
import assert from "node:assert/strict";
import { test } from "node:test";

import { createMigrationProfilesClient, nextCursor, type Problem } from "../src/index.js";

const baseUrl = process.env["MIGRATION_PROFILES_URL"] ?? "http://127.0.0.1:8000";
const writeKey = process.env["MIGRATION_PROFILES_WRITE_KEY"] ?? "";
const api = createMigrationProfilesClient({ baseUrl });

test("reads Belgium's population from two sources", async () => {
  const { data, error } = await api.GET("/api/v1/countries/{country}/indicators/{indicator}", {
    params: { path: { country: "BE", indicator: "population" } },
  });
  assert.equal(error, undefined);
  assert.ok(data);
  const latest = data.series.map((series) => {
    const value = series.values.at(-1);
    return [series.source.label, value?.year, value?.value, value?.unit];
  });
  assert.deepEqual(latest, [
    ["World Bank", 2024, 11858610, "persons"],
    ["STAT BEL", 2024, 11763650, "persons"],
  ]);
});

function observationsPage(cursor: string | null) {
  return api.GET("/api/v1/observations", {
    params: { query: { country: ["BE"], limit: 7, ...(cursor === null ? {} : { cursor }) } },
  });
}

test("walks /observations page by page to the end", async () => {
  let cursor: string | null = null;
  let pages = 0;
  let total = -1;
  const ids = new Set<number>();
  do {
    const { data, error } = await observationsPage(cursor);
    assert.equal(error, undefined);
    assert.ok(data);
    for (const row of data.data) {
      ids.add(row.id);
    }
    total = data.meta.total;
    cursor = nextCursor(data.links);
    pages += 1;
  } while (cursor !== null);
  assert.ok(total > 14, `only ${total} observations`);
  assert.equal(ids.size, total);
  assert.equal(pages, Math.ceil(total / 7));
});

test("reads a 404 as a typed problem with its detail", async () => {
  const { data, error, response } = await api.GET("/api/v1/countries/{country}", {
    params: { path: { country: "XK" } },
  });
  assert.equal(data, undefined);
  assert.equal(response.status, 404);
  assert.equal(response.headers.get("content-type"), "application/problem+json");
  const problem: Problem | undefined = error;
  assert.ok(problem);
  assert.equal(problem.status, 404);
  assert.equal(problem.title, "Not Found");
  assert.equal(problem.detail, "No country with code 'XK'.");
});

test("creates, updates with If-Match and deletes an observation with a key", async () => {
  assert.notEqual(writeKey, "", "MIGRATION_PROFILES_WRITE_KEY is not set");
  const writer = createMigrationProfilesClient({ baseUrl, apiKey: writeKey });

  const created = await writer.POST("/api/v1/observations", {
    body: {
      country: "BE",
      indicator: "population",
      source: "statbel",
      year: 1990,
      value: 9947782,
      reason: "TypeScript client test",
    },
  });
  assert.equal(created.response.status, 201);
  assert.ok(created.data);
  const id = created.data.id;
  assert.equal(created.response.headers.get("location"), `/api/v1/observations/${id}`);
  const etag = created.response.headers.get("etag");
  assert.ok(etag);

  const unconditional = await writer.PATCH("/api/v1/observations/{observation_id}", {
    params: { path: { observation_id: id }, header: { "if-match": '"stale"' } },
    body: { value: 9947783 },
  });
  assert.equal(unconditional.response.status, 412);
  assert.equal(unconditional.error?.title, "Precondition Failed");

  const updated = await writer.PATCH("/api/v1/observations/{observation_id}", {
    params: { path: { observation_id: id }, header: { "if-match": etag } },
    body: { value: 9947783, reason: "Corrected" },
  });
  assert.equal(updated.response.status, 200);
  assert.equal(updated.data?.value, 9947783);
  const newEtag = updated.response.headers.get("etag");
  assert.ok(newEtag);

  const deleted = await writer.DELETE("/api/v1/observations/{observation_id}", {
    params: { path: { observation_id: id }, header: { "if-match": newEtag } },
  });
  assert.equal(deleted.response.status, 204);

  const gone = await api.GET("/api/v1/observations/{observation_id}", {
    params: { path: { observation_id: id } },
  });
  assert.equal(gone.response.status, 410);
  assert.equal(gone.error?.status, 410);
});
