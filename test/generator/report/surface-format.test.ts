/**
 * `api.json` written by an earlier version (format 1) still gives a change
 * report: format 1 described a streaming call's response by the stream's own
 * schema (server-sent events' data as a string), format 2 as a stream of its
 * items. The first run of this version must not report every streaming method
 * as retyped, and must still report everything else.
 */
import { describe, expect, it } from "vitest";
import { generate } from "../../../generator/generate.js";
import { API_JSON, parseApiJson } from "../../../generator/report/api-json.js";
import { diffSurface } from "../../../generator/report/diff-surface.js";
import type { ApiSurface, MethodDesc } from "../../../generator/report/surface.js";

const SPEC = "test/fixtures/streaming/streaming.yaml";

/** The surface of the streaming fixture as this version writes it (format 2). */
async function currentSurface(): Promise<ApiSurface> {
  const result = await generate(SPEC);
  if (!result.ok) throw new Error(result.diagnostics.map((d) => d.message).join("\n"));
  return parseApiJson(result.files.get(API_JSON)!)!;
}

/** The same surface as format 1 wrote it: every streaming response as the string its events carried. */
function asFormat1(surface: ApiSurface): ApiSurface {
  const methods: Record<string, MethodDesc> = {};
  for (const [name, method] of Object.entries(surface.methods)) {
    const streams = JSON.stringify(method.response).includes('"type":"stream"');
    methods[name] = streams ? { ...method, response: { type: "string", at: method.response.at } } : method;
  }
  return { ...surface, format: 1, methods };
}

describe("an api.json of format 1", () => {
  it("is read, and its streaming methods are not reported as retyped", async () => {
    const now = await currentSurface();
    const before = asFormat1(now);
    expect(Object.values(before.methods).some((m, i) => m !== Object.values(now.methods)[i])).toBe(true);
    expect(parseApiJson(JSON.stringify(before))).toBeDefined();
    expect(diffSurface(before, now)).toEqual([]);
  });

  it("still reports what else changed", async () => {
    const now = await currentSurface();
    const [name, method] = Object.entries(now.methods).find(([, m]) => !JSON.stringify(m.response).includes("stream"))!;
    const before = asFormat1({ ...now, methods: { ...now.methods, [name]: { ...method, response: { type: "integer" } } } });
    expect(diffSurface(before, now).map((c) => c.method)).toEqual([name]);
  });
});
