/**
 * One error class per error status the document mentions (`400`, `4XX`, …),
 * named after the status (`BadRequestError`), with a body type that is the
 * union of what each operation documents for it.
 */
import { componentName, resolveRef } from "../load/resolve-ref.js";
import { isObject, text, type ModelContext } from "./context.js";
import type { StatusErrorModel, TypeRef } from "./ir.js";
import type { OperationSite } from "../load/list-operations.js";
import { chooseResponseMedia } from "./media-types.js";

const REASONS: Readonly<Record<string, string>> = {
  "400": "BadRequest",
  "401": "Unauthorized",
  "402": "PaymentRequired",
  "403": "Forbidden",
  "404": "NotFound",
  "405": "MethodNotAllowed",
  "406": "NotAcceptable",
  "407": "ProxyAuthenticationRequired",
  "408": "RequestTimeout",
  "409": "Conflict",
  "410": "Gone",
  "411": "LengthRequired",
  "412": "PreconditionFailed",
  "413": "ContentTooLarge",
  "414": "UriTooLong",
  "415": "UnsupportedMediaType",
  "416": "RangeNotSatisfiable",
  "417": "ExpectationFailed",
  "418": "ImATeapot",
  "421": "MisdirectedRequest",
  "422": "UnprocessableEntity",
  "423": "Locked",
  "424": "FailedDependency",
  "425": "TooEarly",
  "426": "UpgradeRequired",
  "428": "PreconditionRequired",
  "429": "TooManyRequests",
  "431": "RequestHeaderFieldsTooLarge",
  "451": "UnavailableForLegalReasons",
  "500": "InternalServer",
  "501": "NotImplemented",
  "502": "BadGateway",
  "503": "ServiceUnavailable",
  "504": "GatewayTimeout",
  "505": "HttpVersionNotSupported",
  "507": "InsufficientStorage",
  "508": "LoopDetected",
  "511": "NetworkAuthenticationRequired",
};

function classNameFor(status: string): string {
  const upper = status.toUpperCase();
  if (/^[1-5]XX$/.test(upper)) return `Status${upper[0]}xxError`;
  return `${REASONS[status] ?? `Status${status}`}Error`;
}

/** `BadRequestError`, or `BadRequestHttpError` when a schema already has that name. */
function claimClassName(ctx: ModelContext, status: string): string {
  const name = classNameFor(status);
  if (!ctx.exports.has(name)) return ctx.exports.claim(name);
  return ctx.exports.claim(name.replace(/Error$/, "HttpError"));
}

function lit(value: string): string {
  return JSON.stringify(value);
}

export function toStatusErrors(
  ctx: ModelContext,
  sites: readonly OperationSite[],
  schemaAliases: ReadonlyMap<string, string>,
): StatusErrorModel[] {
  const byStatus = new Map<string, { types: Map<string, TypeRef>; description: string | undefined }>();
  for (const site of sites) {
    const responses = site.operation["responses"];
    if (!isObject(responses)) continue;
    const opRef = `paths[${lit(site.path)}][${lit(site.method)}]`;
    for (const [status, raw] of Object.entries(responses)) {
      if (!/^[45](\d\d|XX)$/i.test(status)) continue;
      const key = status.toUpperCase();
      const entry = byStatus.get(key) ?? { types: new Map<string, TypeRef>(), description: undefined };
      byStatus.set(key, entry);
      const { value } = resolveRef(ctx.root, raw, [...site.pointer, "responses", status]);
      // A 3.2 response `summary` is the short name of the status; the description is the fallback.
      entry.description ??= isObject(value) ? (text(value["summary"]) ?? text(value["description"])) : undefined;
      const content = isObject(value) && isObject(value["content"]) ? value["content"] : {};
      const chosen = chooseResponseMedia(content);
      let type: TypeRef;
      if (chosen === undefined) type = { text: "undefined", uses: [] };
      else if (chosen.kind !== "json") type = { text: "string", uses: [] };
      else {
        const media = content[chosen.media];
        const name = componentName(isObject(media) ? media["schema"] : undefined, "schemas");
        const alias = name === undefined ? undefined : schemaAliases.get(name);
        type =
          alias !== undefined
            ? { text: alias, uses: [alias] }
            : { text: `${opRef}["responses"][${lit(status)}]["content"][${lit(chosen.media)}]`, uses: [] };
      }
      entry.types.set(type.text, type);
    }
  }
  const ordered = [...byStatus.keys()].sort();
  return ordered.map((status) => {
    const entry = byStatus.get(status)!;
    const types = [...entry.types.values()];
    return {
      status,
      className: claimClassName(ctx, status),
      bodyType: { text: types.map((t) => t.text).join(" | "), uses: types.flatMap((t) => t.uses) },
      bodyMembers: types.map((t) => t.text),
      docs: {
        description: `The server answered ${status}${entry.description === undefined ? "" : ` (${entry.description})`}.`,
      },
    };
  });
}
