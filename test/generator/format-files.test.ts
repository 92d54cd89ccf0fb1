/**
 * The files the generator writes without a prettier pass because its
 * emitters print them in prettier's layout already (every file but the
 * resources, which keep ts-morph's layout, and types.d.ts, TypeScript's; a file
 * with a line too wide for print width goes through prettier): prettier must
 * leave each exactly as it is, for every fixture, the Zep spec and corpus
 * documents with long names and many schemas. If an emitter's layout drifts
 * from prettier's, this fails before a user's formatter would rewrite their
 * committed client.
 */
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { formatSource } from "../../generator/emit/format-files.js";
import { generate } from "../../generator/generate.js";
import { CORPUS, describeWithCorpus } from "../support/shared-corpus.js";

const SPECS = [
  "spec/zep.yaml",
  "test/fixtures/sdk-shape/sdk-shape.yaml",
  "test/fixtures/name-collisions/name-collisions.yaml",
  "test/fixtures/escaping/escaping.yaml",
  "test/fixtures/wire-features/features.yaml",
  "test/fixtures/streaming/streaming.yaml",
  "test/fixtures/streaming-3.2/streaming-3.2.yaml",
];
// GitHub's and USPTO's error bodies are unions too wide for a line; twilio's client has a line prettier wraps.
const CORPUS_SPECS = [
  // Schema names so long that an alias stays wider than the print width once broken.
  join(CORPUS, "kubernetes-1.13-swagger2.json"),
  join(CORPUS, "twilio-messaging-v1.json"),
  join(CORPUS, "train-travel-api.yaml"),
  join(CORPUS, "uspto-api.json"),
  join(CORPUS, "github-api.json"),
];

/** The client's own TypeScript files, i.e. all but the runtime, the resources and openapi-typescript's types. */
function printedByUs(path: string): boolean {
  return /\.ts$/.test(path) && !/^(runtime|resources)\//.test(path) && path !== "types.d.ts";
}

/** Generates `spec` and checks that prettier leaves every file it skips as it is. */
async function expectPrettierLayout(spec: string): Promise<void> {
  const result = await generate(spec);
  if (!result.ok) throw new Error(result.diagnostics.map((d) => d.message).join("\n"));
  const paths = [...result.files.keys()].filter(printedByUs);
  expect(paths).toEqual(expect.arrayContaining(["client.ts", "errors.ts", "index.ts", "models.d.ts"]));
  for (const path of paths) {
    const text = result.files.get(path)!;
    expect(await formatSource(text), `${spec}: ${path}`).toBe(text);
  }
}

describe("files printed in prettier's layout", () => {
  it.each(SPECS)("%s: the client, errors, index, models and entries are what prettier would make of them", expectPrettierLayout, 60_000);
});

describeWithCorpus("files printed in prettier's layout: corpus documents", {}, () => {
  it.each(CORPUS_SPECS)("%s: the client, errors, index, models and entries are what prettier would make of them", expectPrettierLayout, 60_000);
});
