/** A type description as a short TypeScript-like text for a report line: `"a" | "b"`, `Thread[]`, `{ id; name? }`. */
import type { TypeDesc } from "./surface.js";

const SHOWN_PROPERTIES = 4;

export function renderType(desc: TypeDesc): string {
  if ("$ref" in desc) return desc.$ref;
  if ("enum" in desc) return desc.enum.map((v) => JSON.stringify(v)).join(" | ");
  if ("anyOf" in desc) return desc.anyOf.map(renderMember).join(" | ");
  if ("allOf" in desc) return desc.allOf.map(renderMember).join(" & ");
  if (desc.type === "array") return `${renderMember(desc.items)}[]`;
  // As the method's signature writes it.
  if (desc.type === "stream") return `${desc.of === "events" ? "EventStream" : "ItemStream"}<${renderType(desc.items)}>`;
  if (desc.type === "binary") return "Blob";
  if (desc.type === "integer") return "integer";
  if (desc.type === "object") {
    const names = Object.entries(desc.properties).map(([name, p]) => `${name}${p.required ? "" : "?"}`);
    const shown = names.slice(0, SHOWN_PROPERTIES);
    if (names.length > SHOWN_PROPERTIES) shown.push("…");
    if (desc.additional !== undefined) shown.push(`[key]: ${renderType(desc.additional)}`);
    return shown.length === 0 ? "{}" : `{ ${shown.join("; ")} }`;
  }
  return desc.type === "void" ? "void" : desc.type;
}

/** A member of a union, intersection or array, parenthesised when it is itself one. */
function renderMember(desc: TypeDesc): string {
  const text = renderType(desc);
  return ("anyOf" in desc && desc.anyOf.length > 1) || ("enum" in desc && desc.enum.length > 1) || "allOf" in desc
    ? `(${text})`
    : text;
}
