/**
 * One document, three formats: the fixtures are written as OpenAPI 3.0.3, and
 * each probe runs on that, on the same document as 3.1.0, and on a Swagger 2.0
 * translation where the format can say it (2.0 has no cookie parameters, no
 * `servers` beyond one host and base path, no `components`). The translation
 * covers only what the fixtures use: parameters with a simple schema, JSON
 * responses and bodies, schemas, apiKey schemes.
 */

export type Format = "swagger-2.0" | "openapi-3.0.3" | "openapi-3.1.0";
export const FORMATS: readonly Format[] = ["swagger-2.0", "openapi-3.0.3", "openapi-3.1.0"];

type Json = null | boolean | number | string | Json[] | { [key: string]: Json };
type Obj = { [key: string]: Json };

const isObj = (value: unknown): value is Obj => typeof value === "object" && value !== null && !Array.isArray(value);

/** Copies `value`, applying `f` to every string that is the value of a `$ref` key. */
function mapRefs(value: Json, f: (ref: string) => string): Json {
  if (Array.isArray(value)) return value.map((v) => mapRefs(v, f));
  if (!isObj(value)) return value;
  const out: Obj = {};
  for (const [k, v] of Object.entries(value)) {
    // Keys like `__proto__` must stay own data keys: defineProperty, not assignment.
    const mapped = k === "$ref" && typeof v === "string" ? f(v) : mapRefs(v, f);
    Object.defineProperty(out, k, { value: mapped, enumerable: true, writable: true, configurable: true });
  }
  return out;
}

function set(target: Obj, key: string, value: Json | undefined): void {
  if (value === undefined) return;
  Object.defineProperty(target, key, { value, enumerable: true, writable: true, configurable: true });
}

const extensions = (from: Obj, to: Obj): void => {
  for (const [k, v] of Object.entries(from)) if (k.startsWith("x-")) set(to, k, v);
};

const HTTP_METHODS = ["get", "put", "post", "delete", "options", "head", "patch"];

function toSwagger2(doc: Obj): Obj {
  const refs = (ref: string): string => ref.replace("#/components/schemas/", "#/definitions/");
  const src = mapRefs(doc, refs) as Obj;
  const out: Obj = { swagger: "2.0" };
  set(out, "info", src["info"]);
  const servers = src["servers"];
  const first = Array.isArray(servers) && isObj(servers[0]) ? servers[0]["url"] : undefined;
  if (typeof first === "string") {
    try {
      const url = new URL(first);
      if (url.protocol === "http:" || url.protocol === "https:") {
        set(out, "host", url.host);
        set(out, "basePath", url.pathname === "" ? "/" : url.pathname);
        set(out, "schemes", [url.protocol.slice(0, -1)]);
      }
    } catch {
      // Not a URL 2.0 can say: no host, as a document without servers.
    }
  }
  set(out, "tags", src["tags"]);
  set(out, "security", src["security"]);
  extensions(src, out);
  const paths: Obj = {};
  for (const [path, item] of Object.entries(isObj(src["paths"]) ? src["paths"] : {})) {
    if (!isObj(item)) continue;
    const outItem: Obj = {};
    extensions(item, outItem);
    for (const method of HTTP_METHODS) {
      const op = item[method];
      if (!isObj(op)) continue;
      const outOp: Obj = {};
      for (const key of ["tags", "summary", "description", "operationId", "security", "deprecated"]) set(outOp, key, op[key]);
      extensions(op, outOp);
      const params: Json[] = [];
      for (const p of Array.isArray(op["parameters"]) ? op["parameters"] : []) {
        if (!isObj(p) || p["in"] === "cookie") continue;
        const q: Obj = {};
        for (const key of ["name", "in", "required", "description"]) set(q, key, p[key]);
        const schema = isObj(p["schema"]) ? p["schema"] : { type: "string" };
        for (const key of ["type", "format", "enum", "default", "items"]) set(q, key, schema[key]);
        if (q["type"] === undefined) set(q, "type", "string");
        extensions(p, q);
        params.push(q);
      }
      const body = op["requestBody"];
      if (isObj(body) && isObj(body["content"]) && isObj(body["content"]["application/json"])) {
        const b: Obj = { name: "body", in: "body" };
        set(b, "required", body["required"]);
        set(b, "description", body["description"]);
        set(b, "schema", body["content"]["application/json"]["schema"]);
        params.push(b);
        set(outOp, "consumes", ["application/json"]);
      }
      if (params.length > 0) set(outOp, "parameters", params);
      const responses: Obj = {};
      let json = false;
      for (const [code, r] of Object.entries(isObj(op["responses"]) ? op["responses"] : {})) {
        if (!isObj(r)) continue;
        const outR: Obj = { description: typeof r["description"] === "string" ? r["description"] : "" };
        const media = isObj(r["content"]) ? r["content"]["application/json"] : undefined;
        if (isObj(media) && media["schema"] !== undefined) {
          set(outR, "schema", media["schema"]);
          json = true;
        }
        extensions(r, outR);
        set(responses, code, outR);
      }
      if (json) set(outOp, "produces", ["application/json"]);
      set(outOp, "responses", responses);
      set(outItem, method, outOp);
    }
    set(paths, path, outItem);
  }
  set(out, "paths", paths);
  const components = isObj(src["components"]) ? src["components"] : {};
  set(out, "definitions", components["schemas"]);
  const schemes = components["securitySchemes"];
  if (isObj(schemes)) {
    const defs: Obj = {};
    for (const [name, s] of Object.entries(schemes)) {
      if (!isObj(s)) continue;
      const d: Obj = {};
      if (s["type"] === "http" && s["scheme"] === "basic") set(d, "type", "basic");
      else if (s["type"] === "http") Object.assign(d, { type: "apiKey", in: "header", name: "Authorization" });
      else for (const key of ["type", "in", "name"]) set(d, key, s[key]);
      set(d, "description", s["description"]);
      extensions(s, d);
      set(defs, name, d);
    }
    set(out, "securityDefinitions", defs);
  }
  return out;
}

/** The document in `format`; `doc` is OpenAPI 3.0.3 (its `openapi` field is replaced). */
export function variant(doc: unknown, format: Format): unknown {
  if (!isObj(doc)) throw new Error("a fixture document is an object");
  if (format === "swagger-2.0") return toSwagger2(doc);
  const copy = mapRefs(doc, (r) => r) as Obj;
  copy["openapi"] = format === "openapi-3.0.3" ? "3.0.3" : "3.1.0";
  return copy;
}
