/**
 * Issue 19, as a property through the real CLI (the naming gate of
 * generator/model/names.ts has its own unit properties; this is the whole
 * pipeline): whatever names a document gives its tags, operationIds,
 * `x-sdk-method`s, parameters, properties and schemas, the client compiles
 * under the strict flags, imports, and reaches the server from every method,
 * with nothing leaking; or the document is refused with a located error and
 * nothing written. A few documents per run (each costs a CLI run and a tsc run).
 */
import fc from "fast-check";
import { join } from "node:path";
import { expect, it } from "vitest";
import { startServer } from "../support/http-server.js";
import { useScratchDir } from "../support/scratch-dir.js";
import { compileAll, firstError, generate, head, probe } from "./harness.js";

const scratch = useScratchDir("wiregen-security-property-");

const hostileName = fc.oneof(
  fc.string({ unit: "grapheme", minLength: 1, maxLength: 20 }),
  fc.string({ unit: "binary", minLength: 1, maxLength: 20 }),
  fc.constantFrom(
    "constructor",
    "__proto__",
    "toString",
    "valueOf",
    "prototype",
    "hasOwnProperty",
    "then",
    "con",
    "x²",
    "①",
    "plain-get",
    "🚀",
    "a\u200bb",
    "\u202eevil",
    "Å",
    "\u212b",
    "*/",
    "${",
    "'",
    '"',
    "\\",
    "getItemOperation",
  ),
);

/** x-sdk-method segments must be identifiers (else a located error); these are the ones an object already has. */
const sdkSegment = fc.constantFrom("constructor", "__proto__", "toString", "valueOf", "prototype", "hasOwnProperty", "then", "items");

/** One operation per entry, every name position filled from the entry. */
function documentOf(names: ReadonlyArray<readonly [string, string, string, string, string, string]>): unknown {
  const paths: Record<string, unknown> = {};
  const schemas: Record<string, unknown> = {};
  const define = (target: Record<string, unknown>, key: string, value: unknown): void => {
    Object.defineProperty(target, key, { value, enumerable: true, writable: true, configurable: true });
  };
  names.forEach(([tag, operationId, param, property, resource, method], i) => {
    const schema = `${property} schema ${i}`;
    define(schemas, schema, { type: "object", properties: {} });
    define((schemas[schema] as { properties: Record<string, unknown> }).properties, property, { type: "string" });
    define(paths, `/op${i}/{${"p"}}`, {
      get: {
        tags: [tag],
        operationId: `${operationId}${i}`,
        // Every other operation names its resource and method with x-sdk-method.
        ...(i % 2 === 1 ? { "x-sdk-method": `${resource}.${method}${i === 1 ? "" : i}` } : {}),
        parameters: [
          { name: "p", in: "path", required: true, schema: { type: "string" } },
          { name: param, in: "query", schema: { type: "string" } },
          { name: `${param} h`, in: "header", schema: { type: "string" } },
        ],
        responses: {
          "200": {
            description: "ok",
            content: {
              "application/json": {
                schema: { $ref: `#/components/schemas/${schema.replace(/~/g, "~0").replace(/\//g, "~1")}` },
              },
            },
          },
        },
      },
    });
  });
  return { openapi: "3.0.3", info: { title: "Property", version: "1" }, paths, components: { schemas } };
}

it("any names: the client compiles, imports and calls every method, or the document is refused where it is wrong", async () => {
  let run = 0;
  await fc.assert(
    fc.asyncProperty(
      fc.array(fc.tuple(hostileName, hostileName, hostileName, hostileName, sdkSegment, sdkSegment), { minLength: 1, maxLength: 6 }),
      async (names) => {
        const root = join(scratch, `run${run++}`);
        const gen = await generate(root, "names", "openapi-3.0.3", documentOf(names));
        expect(gen.writtenOutside).toEqual([]);
        if (gen.run.code !== 0) {
          expect(gen.run.code, head(gen.run.stderr)).toBe(1);
          expect(firstError(gen.run), head(gen.run.stderr)).toBeDefined();
          expect(gen.files).toEqual([]);
          return;
        }
        const compiled = await compileAll(root, [gen]);
        expect(compiled.errors.get(gen.id)).toEqual({ defineTrue: [], defineFalse: [] });
        const server = await startServer();
        try {
          const result = await probe(root, compiled.jsDir(gen.id), gen.dir, server.origin, join(root, "probe.json"));
          expect(result.importErrors).toEqual([]);
          expect(result.constructError).toBeNull();
          expect(result.calls.filter((c) => c.error !== undefined)).toEqual([]);
          expect(result.calls.length).toBe(names.length);
          expect(result.pwned).toBeUndefined();
          expect(result.prototypeKeysAdded).toEqual([]);
          expect(result.envChanged).toEqual([]);
          expect(server.requests.length).toBe(names.length);
        } finally {
          await server.close();
        }
      },
    ),
    { numRuns: 3 },
  );
}, 120_000);
