/**
 * OpenAPI 3.2 fields a reader of the generated client sees in its docs: the
 * server `name`, a `deprecated` security scheme, response `summary`, and
 * examples written as `dataValue` and `serializedValue`.
 */
import { describe, expect, it } from "vitest";
import { generate } from "../../generator/generate.js";

const SPEC = "test/fixtures/docs-32/docs-32.yaml";

describe("3.2 docs fields", async () => {
  const result = await generate(SPEC);
  if (!result.ok) throw new Error(result.diagnostics.map((d) => d.message).join("\n"));
  const file = (path: string) => result.files.get(path)!;

  it("names the base URL's server", () => {
    expect(file("client.ts")).toContain("Client for `https://weather.example.com/v1` (production).");
    expect(file("api.md")).toContain("the client for `https://weather.example.com/v1` (production).");
  });

  it("marks the credential of a deprecated security scheme, and only that one", () => {
    expect(file("client.ts")).toMatch(/The key of the first version of the API\.\n\s*\* @deprecated\n\s*\*\/\n\s*apiKey\?: string/);
    expect(file("client.ts")).not.toMatch(/@deprecated\n\s*\*\/\n\s*token\?/);
    expect(file("api.md")).toContain("**Deprecated:** the spec marks the security scheme of `apiKey` deprecated");
  });

  it("uses the success response's summary as @returns, and an error response's to name its status", () => {
    expect(file("resources/forecast.ts")).toContain("@returns The forecast, one entry per day");
    expect(file("api.md")).toContain(": The forecast, one entry per day");
    expect(file("errors.ts")).toContain("The server answered 404 (Unknown place).");
  });

  it("shows an example's dataValue as the example and its serializedValue as the wire form, through a $ref too", () => {
    const resource = file("resources/forecast.ts");
    expect(resource).toContain('On the wire: "place=Lisbon"\n   * @example "Lisbon"');
    expect(resource).toContain('On the wire: "days=7"\n   * @example 7');
    expect(file("api.md")).toContain('client.forecast.getForecast({ place: "Lisbon", days: 7 })');
    // A request body's example too: its data in the reference's call, its wire form in the doc comment.
    expect(file("api.md")).toContain('client.forecast.forecastMany({ body: ["Lisbon", "Porto"] })');
    expect(resource).toContain(`On the wire: "[\\"Lisbon\\",\\"Porto\\"]"`);
  });
});
