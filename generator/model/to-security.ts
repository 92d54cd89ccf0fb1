/**
 * Security schemes to credential options. One apiKey scheme is `apiKey`, one
 * bearer-like scheme (http bearer, oauth2, openIdConnect) is `token`, basic is
 * `username` + `password`; when a document has several of a kind, each option
 * is named after its scheme. A scheme may be named anything, `__proto__` and
 * `toString` included: the schemes record is built so that every name is a
 * property of its own, and no option takes a name every object inherits.
 */
import type { SchemeSpec } from "../runtime/security.js";
import type { ClientOptions } from "../runtime/transport.js";
import { isObject, report, text, type ModelContext } from "./context.js";
import type { CredentialOptionModel, Docs } from "./ir.js";
import { NameRegistry, toCamelCase } from "./names.js";
import { readEnvVar, readPrefix } from "./read-extensions.js";

/**
 * Options every client has already; credential options must not reuse them. A
 * record over `keyof ClientOptions`, so an option added there cannot be missed here.
 */
const CLIENT_OPTIONS: Readonly<Record<keyof ClientOptions, true>> = {
  baseUrl: true,
  timeoutMs: true,
  maxRetries: true,
  headers: true,
  fetch: true,
  fetchOptions: true,
  streamIdleTimeoutMs: true,
  logLevel: true,
  logger: true,
  validation: true,
};

/**
 * Names every object inherits (`toString`, `valueOf`, `constructor`…). As an
 * option, TypeScript reads `{}` as having it already, with `Object`'s type
 * (`Type '{}' is not assignable`: no client could be made without passing
 * it), and `__proto__` in the caller's object literal would set its
 * prototype. Such a name gets a trailing underscore: `toString_`.
 */
const INHERITED_NAMES: ReadonlySet<string> = new Set(Object.getOwnPropertyNames(Object.prototype));

function optionCandidate(name: string): string {
  return INHERITED_NAMES.has(name) ? `${name}_` : name;
}

export interface SecurityModel {
  readonly schemes: Record<string, SchemeSpec>;
  readonly options: CredentialOptionModel[];
}

type Kind = "apiKey" | "bearer" | "basic";

function kindOf(scheme: Record<string, unknown>): Kind | undefined {
  const type = scheme["type"];
  if (type === "apiKey") return "apiKey";
  if (type === "oauth2" || type === "openIdConnect") return "bearer";
  if (type === "http") {
    const httpScheme = String(scheme["scheme"] ?? "").toLowerCase();
    if (httpScheme === "basic") return "basic";
    return "bearer";
  }
  return undefined;
}

export function toSecurity(ctx: ModelContext): SecurityModel {
  const components = ctx.root["components"];
  const raw = isObject(components) && isObject(components["securitySchemes"]) ? components["securitySchemes"] : {};
  const entries = Object.entries(raw).filter(([, s]) => isObject(s)) as Array<[string, Record<string, unknown>]>;
  const counts = new Map<Kind, number>();
  for (const [, scheme] of entries) {
    const kind = kindOf(scheme);
    if (kind !== undefined) counts.set(kind, (counts.get(kind) ?? 0) + 1);
  }
  const optionNames = new NameRegistry([...Object.keys(CLIENT_OPTIONS), ...INHERITED_NAMES]);
  // Entries, made into the record at the end: `schemes["__proto__"] = …` would set its prototype instead.
  const schemes: Array<[string, SchemeSpec]> = [];
  const options: CredentialOptionModel[] = [];
  for (const [name, scheme] of entries) {
    const at = ["components", "securitySchemes", name];
    const kind = kindOf(scheme);
    const description = text(scheme["description"]);
    // OpenAPI 3.2 `deprecated` on a scheme: its option is marked, so editors strike it through.
    const deprecated = scheme["deprecated"] === true ? { deprecated: true } : {};
    if (kind === undefined) {
      report(
        ctx,
        "warning",
        [...at, "type"],
        `security scheme "${name}" has type ${JSON.stringify(scheme["type"])}, which the client cannot send`,
        "use apiKey, http, oauth2 or openIdConnect; operations needing it will ask for no credential",
      );
      continue;
    }
    const alone = counts.get(kind) === 1;
    const env = kind === "basic" ? undefined : readEnvVar(ctx, scheme["x-env-var"], [...at, "x-env-var"]);
    const envDoc = env === undefined ? "" : `\n\nDefaults to the \`${env}\` environment variable.`;
    if (kind === "apiKey") {
      const where = scheme["in"];
      if (where !== "header" && where !== "query" && where !== "cookie") {
        report(ctx, "error", [...at, "in"], `apiKey scheme "${name}" must say \`in: header\`, \`query\` or \`cookie\``);
        continue;
      }
      const option = optionNames.claim(alone ? "apiKey" : optionCandidate(toCamelCase(name)));
      const prefix = readPrefix(ctx, scheme["x-value-prefix"], [...at, "x-value-prefix"]);
      schemes.push([
        name,
        {
          type: "apiKey",
          in: where,
          name: String(scheme["name"] ?? ""),
          option,
          ...(prefix === undefined ? {} : { prefix }),
          ...(env === undefined ? {} : { env }),
        },
      ]);
      const sent = `Sent in the \`${String(scheme["name"])}\` ${where}${prefix === undefined ? "" : ` as \`${prefix}<key>\``}.`;
      options.push({
        name: option,
        docs: { description: `${description ?? `API key for the "${name}" scheme. ${sent}`}${envDoc}`, ...deprecated },
      });
    } else if (kind === "bearer") {
      const option = optionNames.claim(alone ? "token" : optionCandidate(toCamelCase(name)));
      schemes.push([name, { type: "bearer", option, ...(env === undefined ? {} : { env }) }]);
      options.push({
        name: option,
        docs: {
          description: `${description ?? `Token for the "${name}" scheme.`}\n\nSent as \`Authorization: Bearer <token>\`.${envDoc}`,
          ...deprecated,
        },
      });
    } else {
      // `${base}Username` can never be an inherited name, so the base needs no underscore.
      const base = alone ? "" : toCamelCase(name);
      const usernameOption = optionNames.claim(base === "" ? "username" : `${base}Username`);
      const passwordOption = optionNames.claim(base === "" ? "password" : `${base}Password`);
      schemes.push([name, { type: "basic", usernameOption, passwordOption }]);
      const docs: Docs = { description: description ?? `HTTP basic credentials for the "${name}" scheme.`, ...deprecated };
      options.push({ name: usernameOption, docs }, { name: passwordOption, docs });
    }
  }
  // `fromEntries` defines each name as a property of its own, `__proto__` included.
  return { schemes: Object.fromEntries(schemes), options };
}
