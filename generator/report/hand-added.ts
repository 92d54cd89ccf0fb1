/**
 * Methods added by hand: the public methods a resource class holds after a
 * merge that its generated text does not, found from the files' text (each
 * resource is one class whose members sit at one indentation, as the
 * generator writes it), named by their call path (`client.thread.listAllMessages`)
 * and listed in `api.md`, so the reference shows the whole surface a caller
 * has and says which part the spec does not describe.
 */

export interface HandAddedMethod {
  /** `client.thread.listAllMessages`. */
  readonly call: string;
  /** `resources/thread.ts:412`. */
  readonly where: string;
}

/** A member line: optional modifiers, a name, optional type parameters, then `(`. Private and `#` members are not the surface. */
const MEMBER = /^(?:(?:public|static|async|override)\s+)*(?:\*\s*)?([\p{ID_Start}_$][\p{ID_Continue}$]*)\s*(?:<[^>]*>)?\s*\(/u;

/** The class members' indentation: that of the `constructor`, which every generated resource has. */
function memberIndent(text: string): string | undefined {
  return /^([ \t]+)constructor\s*\(/m.exec(text)?.[1];
}

/** Each public method name of the resource class in `text`, with its 1-based line. */
function methodsOf(text: string): Map<string, number> {
  const indent = memberIndent(text);
  const methods = new Map<string, number>();
  if (indent === undefined) return methods;
  text.split("\n").forEach((line, index) => {
    if (!line.startsWith(indent) || /^\s/.test(line.slice(indent.length))) return;
    const name = MEMBER.exec(line.slice(indent.length))?.[1];
    if (name !== undefined && name !== "constructor" && !methods.has(name)) methods.set(name, index + 1);
  });
  return methods;
}

/** `file` → the call path of its class (`resources/thread-message.ts` → `client.thread.message`), read from the generated text. */
function callPaths(generated: ReadonlyMap<string, string>): Map<string, string> {
  const fileOfClass = new Map<string, string>();
  for (const [path, text] of generated) {
    const name = /^export class (\S+)/m.exec(text)?.[1];
    if (name !== undefined && path.startsWith("resources/")) fileOfClass.set(name, path);
  }
  const paths = new Map<string, string>();
  const visit = (file: string, call: string): void => {
    for (const [, property, type] of (generated.get(file) ?? "").matchAll(/^\s+readonly ([^\s:#]+): (\S+Resource);$/gm)) {
      const child = fileOfClass.get(type!);
      if (child === undefined || paths.has(child)) continue;
      paths.set(child, `${call}.${property}`);
      visit(child, `${call}.${property}`);
    }
  };
  visit("client.ts", "client");
  return paths;
}

/** The methods of `merged`'s resource files that `generated`'s do not have, by file and line. */
export function handAddedMethods(merged: ReadonlyMap<string, string>, generated: ReadonlyMap<string, string>): HandAddedMethod[] {
  const paths = callPaths(generated);
  const added: HandAddedMethod[] = [];
  for (const [file, text] of [...merged].sort(([a], [b]) => a.localeCompare(b))) {
    const fresh = generated.get(file);
    if (!file.startsWith("resources/") || fresh === undefined || fresh === text) continue;
    const ours = methodsOf(fresh);
    for (const [name, line] of methodsOf(text)) {
      if (!ours.has(name)) added.push({ call: `${paths.get(file) ?? file}.${name}`, where: `${file}:${line}` });
    }
  }
  return added;
}

/** `api.md` with a section listing `added`, or as it is when nothing was added by hand. */
export function withHandAddedSection(apiMd: string, added: readonly HandAddedMethod[]): string {
  if (added.length === 0) return apiMd;
  // The file, not the line: a line number would change with every edit above the method, and api.md with it.
  const items = added.map((m) => `- \`${m.call}()\` (${m.where.replace(/:\d+$/, "")})`);
  const section = [
    "## Added by hand",
    "",
    "Methods written in this client's files rather than generated from the spec; each regeneration keeps them.",
    "",
    ...items,
    "",
  ].join("\n");
  return `${apiMd.trimEnd()}\n\n${section}`;
}
