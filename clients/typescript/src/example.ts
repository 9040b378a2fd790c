/**
 * The front-end quick start of the README, compiled under `tsc --strict`:
 * every value is typed from the OpenAPI document, with no cast.
 *
 *   node dist/src/example.js http://127.0.0.1:8000
 */
import { createMigrationProfilesClient } from "./index.js";

const api = createMigrationProfilesClient({ baseUrl: process.argv[2] ?? "http://127.0.0.1:8000" });

const { data, error } = await api.GET("/api/v1/countries/{country}/indicators/{indicator}", {
  params: { path: { country: "BE", indicator: "population" } },
});
if (error) {
  // A problem: error.status, error.title, error.detail.
  console.error(`${error.status} ${error.title}: ${error.detail}`);
  process.exit(1);
}
for (const series of data.series) {
  const latest = series.values.at(-1);
  console.log(`${series.source.label}: ${latest?.value} ${latest?.unit ?? ""} (${latest?.year})`);
}

// Several countries' series of one indicator, ready to draw; decimals as strings
// keep every digit through JSON.parse.
const chart = await api.GET("/api/v1/indicators/{indicator}/comparison", {
  params: {
    path: { indicator: "population" },
    query: { country: ["BE", "FR"], from: 2020, decimals: "string" },
  },
});
for (const line of chart.data?.series ?? []) {
  const points = line.points.map((point) => `${point.year}: ${point.value}`).join(", ");
  console.log(`${line.country_name}, ${line.source_label} (${line.unit ?? ""}): ${points}`);
}

// How far the sources agree, year by year.
const agreement = await api.GET("/api/v1/countries/{country}/indicators/{indicator}/agreement", {
  params: { path: { country: "BE", indicator: "population" } },
});
for (const year of agreement.data?.years ?? []) {
  console.log(`${year.year}: spread ${year.spread} (${year.relative_spread} of the mean)`);
}
