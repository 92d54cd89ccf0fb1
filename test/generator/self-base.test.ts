/**
 * OpenAPI 3.2 `$self`: a relative (local) `$self` is the base of the root
 * document's relative `$ref`s; a web `$self` leaves them beside the file, as
 * does a 3.1 document (where `$self` is no keyword).
 */
import { copyFile, mkdir, readFile, writeFile } from "node:fs/promises";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { generate } from "../../generator/generate.js";
import { useScratchDir } from "../support/scratch-dir.js";
import { ROOT } from "./helpers/paths.js";

const FIXTURE = join(ROOT, "test/fixtures/self-base");
const scratch = useScratchDir("wiregen-self-base-");

/** The fixture copied to a scratch folder with its root text changed by `edit`, generated; the Pet property names. */
async function petOf(name: string, edit: (text: string) => string): Promise<{ pet: string; inputs: readonly string[] }> {
  const dir = join(scratch, name);
  await mkdir(join(dir, "v2"), { recursive: true });
  await copyFile(join(FIXTURE, "pets.yaml"), join(dir, "pets.yaml"));
  await copyFile(join(FIXTURE, "v2/pets.yaml"), join(dir, "v2/pets.yaml"));
  await writeFile(join(dir, "self-base.yaml"), edit(await readFile(join(FIXTURE, "self-base.yaml"), "utf8")));
  const result = await generate(join(dir, "self-base.yaml"));
  if (!result.ok) throw new Error(result.diagnostics.map((d) => d.message).join("\n"));
  const pet = /Pet: \{\s*(\w+): string;/.exec(result.files.get("types.d.ts")!)?.[1] ?? "";
  return { pet, inputs: result.inputs.map((f) => f.slice(dir.length + 1)) };
}

describe("$self", () => {
  it("a relative $self moves the base of relative refs: the Pet of v2/pets.yaml, and that file is an input", async () => {
    const { pet, inputs } = await petOf("relative", (t) => t);
    expect(pet).toBe("name");
    expect(inputs).toEqual(["self-base.yaml", "v2/pets.yaml"]);
  });

  it("a web $self leaves relative refs beside the file (its local copy)", async () => {
    const { pet } = await petOf("web", (t) => t.replace("$self: ./v2/self-base.yaml", "$self: https://pets.example.com/v2/self-base.yaml"));
    expect(pet).toBe("legacyName");
  });

  it("in a 3.1 document $self is not read", async () => {
    const { pet } = await petOf("v31", (t) => t.replace("openapi: 3.2.0", "openapi: 3.1.0"));
    expect(pet).toBe("legacyName");
  });
});
