/**
 * OpenAPI 3.2 `components.mediaTypes`: a `content` entry that is a `$ref` to
 * one is read as a copy of it, so request bodies, responses, parameters and
 * headers behave as if the Media Type Object were written in place.
 */
import { describe, expect, it } from "vitest";
import { inlineMediaTypes } from "../../generator/load/inline-media-types.js";
import { generate } from "../../generator/generate.js";

const mt = (name: string) => ({ $ref: `#/components/mediaTypes/${name}` });

describe("inlineMediaTypes", () => {
  it("copies the named object into each content entry, through a chain of names, and each copy is its own", () => {
    const doc = {
      components: { mediaTypes: { A: { schema: { type: "string" } }, B: mt("A") } },
      paths: { "/x": { get: { responses: { "200": { content: { "text/plain": mt("B"), "text/html": mt("A") } } } } } },
    };
    expect(inlineMediaTypes(doc)).toBe(2);
    const content = doc.paths["/x"].get.responses["200"].content as Record<string, unknown>;
    expect(content).toEqual({ "text/plain": { schema: { type: "string" } }, "text/html": { schema: { type: "string" } } });
    expect(content["text/plain"]).not.toBe(doc.components.mediaTypes.A);
    expect(content["text/plain"]).not.toBe(content["text/html"]);
  });

  it("leaves a name that is missing or loops as written, for the $ref check to report", () => {
    const doc = {
      components: { mediaTypes: { L1: mt("L2"), L2: mt("L1") } },
      paths: { "/x": { get: { responses: { "200": { content: { "a/b": mt("L1"), "c/d": mt("Nope") } } } } } },
    };
    expect(inlineMediaTypes(doc)).toBe(0);
    expect(doc.paths["/x"].get.responses["200"].content).toEqual({ "a/b": mt("L1"), "c/d": mt("Nope") });
  });

  it("does nothing to a schema property named content", () => {
    const property = { content: { type: "object", properties: { "a/b": mt("A") } } };
    const doc = { components: { mediaTypes: { A: {} }, schemas: { S: { type: "object", properties: property } } } };
    expect(inlineMediaTypes(doc)).toBe(0);
  });
});

describe("a client whose content entries name components.mediaTypes", () => {
  it("types bodies, responses and error bodies as the named media types say", async () => {
    const result = await generate("test/fixtures/media-types-32/media-types-32.yaml");
    if (!result.ok) throw new Error(result.diagnostics.map((d) => d.message).join("\n"));
    expect(result.diagnostics).toEqual([]);
    const resource = result.files.get("resources/pets.ts")!;
    expect(resource).toContain("createPet(params: CreatePetParams, options?: RequestOptions): ApiCall<Pet>");
    expect(resource).toMatch(/listPets\([^)]*\): ApiCall<Pet\[\]>/);
    expect(result.files.get("errors.ts")).toContain("export class NotFoundError extends MediaTypes32Error<Problem> {}");
    const types = result.files.get("types.d.ts")!;
    expect(types).not.toContain("mediaTypes");
    // A header's content reads as written in place; so does a parameter's (openapi-typescript types a
    // parameter with `content` as a string whether the media type is inline or named).
    expect(types).toMatch(/"X-Total"\?: \{\s*"text\/plain": string;\s*\}/);
    expect(types).toMatch(/filter\?: string;/);
  });
});
