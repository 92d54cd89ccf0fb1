/**
 * OpenAPI 3.2's `$self`: the document's own URI, the base its relative `$ref`s
 * are resolved against (a relative `$self` is itself resolved against the
 * place the document was read from).
 *
 * What wiregen does with it, for a local file:
 * - A `$self` that resolves to a local path (`$self: ./v2/openapi.yaml`, or a
 *   `file:` URI) changes where relative `$ref`s point: each such `$ref` of the
 *   root document is rewritten to the same target relative to the file, so
 *   the bundler (which resolves against the file) reads what `$self` names.
 * - A `$self` that is a web address (`https://api.example.com/openapi.yaml`)
 *   says where the document is published; the files beside the local copy
 *   are taken as the local copies of the files beside it, so relative `$ref`s
 *   keep resolving beside the file (nothing is fetched because of `$self`).
 * Refs inside other files resolve against those files, as before: `$self`
 * is the root document's own. Before 3.2 `$self` is not a keyword and is not read.
 */
import { dirname, relative, resolve, sep } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import type { RefSite } from "./find-refs.js";
import { isOpenapi32 } from "./openapi-version.js";

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

/** True for a reference with no scheme: `./common.yaml#/X`, `../a.yaml`, `common.yaml`. */
function isRelativeFileRef(ref: string): boolean {
  return !ref.startsWith("#") && !/^[a-z][a-z\d+.-]*:/i.test(ref) && !ref.startsWith("/");
}

/**
 * Rewrites the relative `$ref`s of `refs` (the root document's, in `data`)
 * that a local `$self` sends elsewhere than beside `file`; returns how many.
 */
export function rebaseOnSelf(data: unknown, file: string, refs: readonly RefSite[]): number {
  if (!isObject(data) || !isOpenapi32(data["openapi"]) || typeof data["$self"] !== "string") return 0;
  const fileUrl = pathToFileURL(resolve(file));
  let base: URL;
  try {
    base = new URL(data["$self"], fileUrl);
  } catch {
    return 0;
  }
  if (base.protocol !== "file:") return 0;
  let rebased = 0;
  for (const site of refs) {
    if (!isRelativeFileRef(site.ref)) continue;
    const hash = site.ref.indexOf("#");
    const path = hash === -1 ? site.ref : site.ref.slice(0, hash);
    const fragment = hash === -1 ? "" : site.ref.slice(hash);
    const target = fileURLToPath(new URL(path, base));
    if (target === fileURLToPath(new URL(path, fileUrl))) continue;
    let fromFile = relative(dirname(resolve(file)), target).split(sep).join("/");
    if (!fromFile.startsWith(".")) fromFile = `./${fromFile}`;
    site.holder()["$ref"] = `${fromFile}${fragment}`;
    rebased++;
  }
  return rebased;
}
