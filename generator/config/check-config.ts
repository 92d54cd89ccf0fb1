/**
 * Checking a loaded configuration: every mistake (an unknown key, a wrong
 * type, an input or overlay that is not there) is an error located in the
 * config file, all of them in one run. What passes becomes the clients to
 * generate, with paths resolved against the config's folder.
 */
import { existsSync } from "node:fs";
import { dirname, resolve } from "node:path";
import type { Diagnostic } from "../check/diagnostic.js";
import { isUrlPrefix } from "../load/ref-policy.js";
import { hasUrlScheme, isRemote } from "../load/remote-text.js";
import { asImportExtension, IMPORT_EXTENSIONS, type ImportExtension } from "../project/import-extension.js";
import { isIdentifier } from "../model/names.js";
import { asValidateChoice, VALIDATE_CHOICES, type ValidateChoice } from "./validate-choice.js";
import { locateKey, type ConfigPath } from "./locate-key.js";

/** One client of the config, its paths absolute. */
export interface ConfiguredClient {
  readonly input: string;
  readonly output: string;
  readonly clientName: string | undefined;
  readonly overlay: string | undefined;
  readonly kind: "source" | "package";
  readonly importExtension: ImportExtension | undefined;
  readonly packageName: string | undefined;
  readonly packageVersion: string | undefined;
  /** Path (absolute) and URL prefixes the document's `$ref`s may read although the reference policy refuses them. */
  readonly allowRefs: readonly string[];
  readonly validate: ValidateChoice;
}

const TOP_KEYS = ["clients"];
const CLIENT_KEYS = ["input", "output", "clientName", "overlay", "kind", "importExtension", "package", "allowRefs", "validate"];
const PACKAGE_KEYS = ["name", "version"];

interface Context {
  readonly file: string;
  readonly text: string;
  readonly dir: string;
  readonly diagnostics: Diagnostic[];
}

function error(ctx: Context, path: ConfigPath, message: string, fix: string): void {
  ctx.diagnostics.push({ severity: "error", position: locateKey(ctx.file, ctx.text, path), message, fix });
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

function unknownKeys(ctx: Context, value: Record<string, unknown>, known: readonly string[], at: ConfigPath): void {
  for (const key of Object.keys(value)) {
    if (!known.includes(key)) {
      error(ctx, [...at, key], `unknown key \`${key}\``, `the keys here are ${known.map((k) => `\`${k}\``).join(", ")}`);
    }
  }
}

/** A string at `key`, or an error when it is there and is not one (or is missing and `required`). */
function stringAt(ctx: Context, client: Record<string, unknown>, at: ConfigPath, key: string, required: boolean): string | undefined {
  const value = client[key];
  if (value === undefined) {
    if (required) error(ctx, at, `\`${key}\` is missing`, `every client needs \`${key}\`: ${key === "input" ? "the OpenAPI document" : "the folder to write the client to"}`);
    return undefined;
  }
  if (typeof value !== "string" || value === "") {
    error(ctx, [...at, key], `\`${key}\` must be a non-empty string, not ${JSON.stringify(value)}`, "write it as a path in quotes");
    return undefined;
  }
  return value;
}

const ALLOW_REFS_EXAMPLE = 'e.g. allowRefs: ["../shared/schemas", "http://127.0.0.1:8080/"]';

/** `allowRefs`: a list of path prefixes (made absolute against the config's folder) and URL prefixes. */
function allowRefsAt(ctx: Context, client: Record<string, unknown>, at: ConfigPath): string[] {
  const value = client["allowRefs"];
  if (value === undefined) return [];
  if (!Array.isArray(value)) {
    error(ctx, [...at, "allowRefs"], `\`allowRefs\` must be a list of path or URL prefixes, not ${JSON.stringify(value)}`, ALLOW_REFS_EXAMPLE);
    return [];
  }
  const prefixes: string[] = [];
  value.forEach((prefix: unknown, i) => {
    const where = [...at, "allowRefs", i];
    if (typeof prefix !== "string" || prefix === "") {
      error(ctx, where, `\`allowRefs[${i}]\` must be a non-empty string, not ${JSON.stringify(prefix)}`, ALLOW_REFS_EXAMPLE);
    } else if (isUrlPrefix(prefix)) {
      if (!URL.canParse(prefix)) {
        error(ctx, where, `\`allowRefs[${i}]\` is neither an existing path nor a valid URL: ${prefix}`, ALLOW_REFS_EXAMPLE);
      } else if (!/^(https?|file):$/i.test(new URL(prefix).protocol)) {
        error(ctx, where, `\`allowRefs[${i}]\` is a URL the generator never reads (${prefix})`, "name an http://, https:// or file:// prefix, or a path relative to the config file");
      } else {
        prefixes.push(prefix);
      }
    } else if (!existsSync(resolve(ctx.dir, prefix))) {
      error(ctx, where, `\`allowRefs[${i}]\` is neither an existing path nor a valid URL: ${prefix}`, "name a folder or file relative to the config file, or a URL prefix such as http://127.0.0.1:8080/");
    } else {
      prefixes.push(resolve(ctx.dir, prefix));
    }
  });
  return prefixes;
}

function checkClient(ctx: Context, value: unknown, index: number): ConfiguredClient | undefined {
  const at: ConfigPath = ["clients", index];
  if (!isRecord(value)) {
    error(ctx, at, `clients[${index}] must be an object with \`input\` and \`output\``, 'e.g. { input: "spec/api.yaml", output: "src/api" }');
    return undefined;
  }
  const before = ctx.diagnostics.length;
  unknownKeys(ctx, value, CLIENT_KEYS, at);
  const input = stringAt(ctx, value, at, "input", true);
  const output = stringAt(ctx, value, at, "output", true);
  const clientName = stringAt(ctx, value, at, "clientName", false);
  const overlay = stringAt(ctx, value, at, "overlay", false);
  const allowRefs = allowRefsAt(ctx, value, at);
  if (input !== undefined) {
    if (hasUrlScheme(input)) {
      if (!isRemote(input)) {
        error(ctx, [...at, "input"], `\`input\` is a URL the generator cannot fetch (${input})`, "name an https:// URL or a file relative to the config file");
      } else if (!URL.canParse(input)) {
        error(ctx, [...at, "input"], `\`input\` is not a valid URL: ${input}`, "e.g. https://api.example.com/openapi.yaml");
      }
    } else if (!existsSync(resolve(ctx.dir, input))) {
      error(ctx, [...at, "input"], `\`input\` not found: ${input}`, "name the document's path relative to the config file");
    }
  }
  if (overlay !== undefined && !existsSync(resolve(ctx.dir, overlay))) {
    error(ctx, [...at, "overlay"], `\`overlay\` not found: ${overlay}`, "name the overlay's path relative to the config file");
  }
  // The rule x-client-name follows (model/read-extensions.ts): an identifier that starts upper-case.
  if (clientName !== undefined && !(isIdentifier(clientName) && /^[A-Z]/.test(clientName))) {
    error(ctx, [...at, "clientName"], `\`clientName\` must be a PascalCase identifier, not ${JSON.stringify(clientName)}`, "e.g. `Zep` gives ZepClient and ZepError");
  }
  const kind = value["kind"] ?? "source";
  if (kind !== "source" && kind !== "package") {
    error(ctx, [...at, "kind"], `\`kind\` must be "source" or "package", not ${JSON.stringify(kind)}`, '"source" is TypeScript your build compiles; "package" a publishable npm package');
  }
  const importExtension = value["importExtension"] === undefined ? undefined : asImportExtension(value["importExtension"]);
  if (value["importExtension"] !== undefined && importExtension === undefined) {
    error(ctx, [...at, "importExtension"], `\`importExtension\` must be ${IMPORT_EXTENSIONS.map((e) => `"${e}"`).join(", ")}, not ${JSON.stringify(value["importExtension"])}`, "leave it out to let the generator read the project's tsconfig.json");
  } else if (importExtension !== undefined && kind === "package") {
    error(ctx, [...at, "importExtension"], "`importExtension` does not apply to a package (its JavaScript imports .js)", "remove it, or use kind: \"source\"");
  }
  const validate = value["validate"] === undefined ? "none" : asValidateChoice(value["validate"]);
  if (validate === undefined) {
    error(ctx, [...at, "validate"], `\`validate\` must be ${VALIDATE_CHOICES.map((c) => `"${c}"`).join(", ")}, not ${JSON.stringify(value["validate"])}`, '"responses" checks response bodies against the spec, "requests" request bodies, "all" both');
  }
  const pkg = value["package"];
  let packageName: string | undefined;
  let packageVersion: string | undefined;
  if (pkg !== undefined) {
    if (!isRecord(pkg)) {
      error(ctx, [...at, "package"], "`package` must be an object: { name?, version? }", 'e.g. package: { name: "@acme/api", version: "1.0.0" }');
    } else {
      unknownKeys(ctx, pkg, PACKAGE_KEYS, [...at, "package"]);
      packageName = stringAt(ctx, pkg, [...at, "package"], "name", false);
      packageVersion = stringAt(ctx, pkg, [...at, "package"], "version", false);
      if (kind !== "package") error(ctx, [...at, "package"], '`package` applies only to kind: "package"', 'add kind: "package", or remove it');
    }
  }
  if (ctx.diagnostics.length > before || input === undefined || output === undefined) return undefined;
  return {
    input: isRemote(input) ? input : resolve(ctx.dir, input),
    output: resolve(ctx.dir, output),
    clientName,
    overlay: overlay === undefined ? undefined : resolve(ctx.dir, overlay),
    kind: kind as "source" | "package",
    importExtension,
    packageName,
    packageVersion,
    allowRefs,
    validate: validate ?? "none",
  };
}

/** The clients of the config loaded from `path` (its text `text`), or every mistake in it. */
export function checkConfig(
  path: string,
  file: string,
  text: string,
  value: unknown,
): { readonly clients: readonly ConfiguredClient[]; readonly diagnostics: readonly Diagnostic[] } {
  const ctx: Context = { file, text, dir: dirname(path), diagnostics: [] };
  if (!isRecord(value)) {
    error(ctx, [], "the config's default export must be an object with `clients`", 'export default defineConfig({ clients: [{ input: "spec/api.yaml", output: "src/api" }] })');
    return { clients: [], diagnostics: ctx.diagnostics };
  }
  unknownKeys(ctx, value, TOP_KEYS, []);
  const clients = value["clients"];
  if (!Array.isArray(clients) || clients.length === 0) {
    error(ctx, ["clients"], "`clients` must be a list of at least one client", 'clients: [{ input: "spec/api.yaml", output: "src/api" }]');
    return { clients: [], diagnostics: ctx.diagnostics };
  }
  const checked = clients.map((client, i) => checkClient(ctx, client, i));
  const outputs = new Map<string, number>();
  checked.forEach((client, i) => {
    if (client === undefined) return;
    const other = outputs.get(client.output);
    if (other !== undefined) error(ctx, ["clients", i, "output"], `\`output\` is clients[${other}]'s folder too`, "give each client its own folder");
    outputs.set(client.output, i);
  });
  return { clients: checked.filter((c) => c !== undefined), diagnostics: ctx.diagnostics };
}
