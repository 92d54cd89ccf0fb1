import { describe, expect, it } from "vitest";
import { packageOf } from "../../bench/profile.js";
import { SECTIONS, selectSections } from "../../bench/sections.js";

const frame = (url: string, functionName = "f") => ({ url, functionName, lineNumber: 0 });

describe("packageOf", () => {
  it("names generator stages from the launcher's build and from source", () => {
    expect(packageOf(frame("file:///r/node_modules/.cache/wiregen/generator/emit/emit-resource.js"))).toBe(
      "generator/emit",
    );
    expect(packageOf(frame("file:///r/generator/load/load-document.ts"))).toBe("generator/load");
    expect(packageOf(frame("file:///r/node_modules/.cache/wiregen/generator/generate.js"))).toBe("generator");
  });

  it("names packages, scoped ones with their scope, the innermost node_modules winning", () => {
    expect(packageOf(frame("file:///r/node_modules/typescript/lib/typescript.js"))).toBe("typescript");
    expect(packageOf(frame("file:///r/node_modules/@ts-morph/common/dist/x.js"))).toBe("@ts-morph/common");
    expect(packageOf(frame("file:///r/node_modules/a/node_modules/b/index.js"))).toBe("b");
  });

  it("keeps node's modules and V8's pseudo-frames apart", () => {
    expect(packageOf(frame("node:internal/modules/cjs/loader"))).toBe("node internals");
    expect(packageOf(frame("", "(garbage collector)"))).toBe("(garbage collector)");
    expect(packageOf(frame("", "readFileUtf8"))).toBe("(native)");
  });
});

describe("selectSections", () => {
  it("selects all by default, named ones in report order, and refuses unknown names", () => {
    expect(selectSections(undefined)).toEqual(SECTIONS);
    expect(selectSections("watch, startup")).toEqual(["startup", "watch"]);
    expect(() => selectSections("startup,nope")).toThrow(/unknown section nope/);
  });
});
