/**
 * Which files and URLs a document's `$ref`s may make the generator read. A
 * downloaded document must not read a file of this machine or a service of
 * its network into a committed client, so by default a `$ref` is followed
 * only to:
 *
 * - a file inside the root document's own folder tree, named relatively
 *   (checked after `..` and symbolic links are resolved, with realpath);
 * - a public `https:` URL (its host neither a loopback, link-local, private
 *   nor unspecified address, as written or as DNS resolves it);
 * - when the root document is itself a URL (the user named it), a URL under
 *   that URL's own folder (same origin, path under the root's directory), as
 *   files in a local root's folder tree are.
 *
 * Everything else (a file outside the tree, an absolute path, a `file:` URL,
 * a plain `http:` URL, a non-public host) is refused unless a prefix of the
 * allow-list (`allowRefs` in the config, `--allow-ref` on the command line)
 * covers it. The root document and the overlay are never checked: the user
 * named them. This module owns the decision and its wording; the resolver
 * (bounded-resolver.ts) asks it before anything is read or fetched.
 */
import { realpathSync } from "node:fs";
import { lookup as dnsLookup } from "node:dns/promises";
import { isIP } from "node:net";
import { dirname, isAbsolute, relative, resolve, sep } from "node:path";
import { fileURLToPath } from "node:url";
import { hasUrlScheme, isRemote, shownUrl } from "./remote-text.js";

/** The fix of every refusal: the allow-list that lifts it. */
export const ALLOW_REFS_FIX = "allow it with allowRefs in wiregen.config.* (or --allow-ref <prefix>)";

/** What a host name resolves to, as `dns.promises.lookup(host, { all: true })` answers. */
export type HostLookup = (host: string) => Promise<ReadonlyArray<{ readonly address: string }>>;

export interface RefPolicyOptions {
  /** The root document as the run names it: a file path (relative to the working folder, or absolute) or an `http(s)://` URL. */
  readonly root: string;
  /**
   * Prefixes that are read although the defaults refuse them: absolute paths
   * (relative ones are taken from the working folder), or URL prefixes
   * (`http://127.0.0.1:8080/`, `file:///srv/schemas/`).
   */
  readonly allow?: readonly string[] | undefined;
  /** Resolves host names; `dns.promises.lookup` with `all: true` by default (tests replace it). */
  readonly lookup?: HostLookup | undefined;
}

/** A decision on one `$ref`: what to read (the resolver's target, or a `file:` URL's path), or why not. */
export type RefDecision =
  | {
      readonly ok: true;
      readonly target: string;
      /** A URL whose host name must still be looked up (`checkHost`) before it is fetched. */
      readonly lookupHost?: string | undefined;
    }
  | { readonly ok: false; readonly reason: string };

export interface RefPolicy {
  /**
   * Decides on `ref` (the `$ref`'s file or URL part, as written), named from
   * the document at `base`, which the resolver takes to `target`. Reads the
   * file system (realpath) but not the network.
   */
  check(base: string, ref: string, target: string): RefDecision;
  /**
   * Before a URL is fetched: refuses it when its host name resolves to a
   * non-public address, with the reason; `undefined` when it may be fetched.
   */
  checkHost(host: string, ref: string): Promise<string | undefined>;
}

/** The kinds of non-public address, as a refusal words them. */
type AddressKind = "loopback" | "unspecified" | "private" | "link-local";

const DESCRIBED: Record<AddressKind, string> = {
  loopback: "a loopback address (this machine)",
  unspecified: "the unspecified address (this machine)",
  private: "a private network address",
  "link-local": "a link-local address (where cloud metadata services answer)",
};

function ipv4Bytes(address: string): number[] {
  return address.split(".").map(Number);
}

/** The 16 bytes of an IPv6 address (`::`, an IPv4 tail and a zone allowed). */
function ipv6Bytes(address: string): number[] {
  let text = address.replace(/%.*$/, "");
  const tail = /(\d+\.\d+\.\d+\.\d+)$/.exec(text);
  if (tail !== null) {
    const [a, b, c, d] = ipv4Bytes(tail[1]!);
    text = `${text.slice(0, tail.index)}${((a! << 8) | b!).toString(16)}:${((c! << 8) | d!).toString(16)}`;
  }
  const [head = "", rest] = text.split("::");
  const groupsOf = (part: string): number[] => (part === "" ? [] : part.split(":").map((g) => parseInt(g, 16)));
  const front = groupsOf(head);
  const back = rest === undefined ? [] : groupsOf(rest);
  const groups = [...front, ...new Array<number>(8 - front.length - back.length).fill(0), ...back];
  return groups.flatMap((g) => [g >> 8, g & 0xff]);
}

function ipv4Kind([a, b]: readonly number[]): AddressKind | undefined {
  if (a === 127) return "loopback";
  if (a === 0) return "unspecified";
  if (a === 10 || (a === 172 && b! >= 16 && b! <= 31) || (a === 192 && b === 168)) return "private";
  if (a === 169 && b === 254) return "link-local";
  return undefined;
}

/**
 * How `address` (an IP literal) is not public, in words, or `undefined` when
 * it is public (or not an IP address at all).
 */
export function nonPublicAddress(address: string): string | undefined {
  const bare = address.replace(/^\[(.*)\]$/, "$1");
  const version = isIP(bare.replace(/%.*$/, ""));
  if (version === 4) {
    const kind = ipv4Kind(ipv4Bytes(bare));
    return kind === undefined ? undefined : DESCRIBED[kind];
  }
  if (version !== 6) return undefined;
  const bytes = ipv6Bytes(bare);
  const zeros = (from: number, to: number): boolean => bytes.slice(from, to).every((b) => b === 0);
  if (zeros(0, 10) && bytes[10] === 0xff && bytes[11] === 0xff) {
    const v4 = bytes.slice(12);
    const kind = ipv4Kind(v4);
    return kind === undefined ? undefined : `an IPv4-mapped address of ${v4.join(".")}, ${DESCRIBED[kind]}`;
  }
  if (zeros(0, 15) && bytes[15] === 1) return DESCRIBED.loopback;
  if (zeros(0, 16)) return DESCRIBED.unspecified;
  if (bytes[0] === 0xfe && (bytes[1]! & 0xc0) === 0x80) return DESCRIBED["link-local"];
  if ((bytes[0]! & 0xfe) === 0xfc) return DESCRIBED.private;
  return undefined;
}

/** A URL's host as the checks compare it: without IPv6 brackets or a trailing dot, lower-case. */
function hostOf(url: URL): string {
  return url.hostname.replace(/^\[(.*)\]$/, "$1").replace(/\.$/, "").toLowerCase();
}

/** `path` with symbolic links resolved, as far as it exists (a missing file is placed by its nearest existing folder). */
function realPath(path: string): string {
  const missing: string[] = [];
  let at = resolve(path);
  for (;;) {
    try {
      return resolve(realpathSync(at), ...missing);
    } catch {
      const parent = dirname(at);
      if (parent === at) return resolve(path);
      missing.unshift(at.slice(parent.length).replace(/^[\\/]/, ""));
      at = parent;
    }
  }
}

/** True when `path` is `folder` or inside it. */
function isInside(path: string, folder: string): boolean {
  return path === folder || path.startsWith(folder.endsWith(sep) ? folder : folder + sep);
}

/** True for a `$ref` written as an absolute path (POSIX, a Windows drive, or a UNC share). */
function isAbsolutePath(ref: string): boolean {
  return isAbsolute(ref) || /^[a-z]:[\\/]/i.test(ref) || ref.startsWith("\\\\");
}

/** A `$ref` as a message quotes it: a URL without its query or credentials. */
function quoted(ref: string): string {
  return JSON.stringify(hasUrlScheme(ref) ? shownUrl(ref) : ref);
}

/** A folder as messages name it: relative to the working folder, with a trailing slash. */
function shownFolder(folder: string): string {
  const shown = relative(process.cwd(), folder);
  return shown === "" ? "./" : `${isAbsolute(shown) ? shown : shown.split(sep).join("/")}/`;
}

/** The checked allow-list: real paths, and URL prefixes in their normal form. */
function allowList(allow: readonly string[]): { paths: string[]; urls: string[] } {
  const paths: string[] = [];
  const urls: string[] = [];
  for (const entry of allow) {
    if (/^file:/i.test(entry)) {
      try {
        paths.push(realPath(fileURLToPath(entry)));
      } catch {
        // Not a file URL of this platform: it allows nothing.
      }
    } else if (hasUrlScheme(entry)) {
      if (URL.canParse(entry)) urls.push(new URL(entry).href);
    } else {
      paths.push(realPath(entry));
    }
  }
  return { paths, urls };
}

/** The policy for one load of the document `root`. */
export function createRefPolicy(options: RefPolicyOptions): RefPolicy {
  const lookup: HostLookup = options.lookup ?? ((host) => dnsLookup(host, { all: true }));
  const allowed = allowList(options.allow ?? []);
  const remoteRoot = isRemote(options.root) && URL.canParse(options.root) ? new URL(options.root) : undefined;
  // The root URL's own folder: its origin and its path up to the last slash.
  const rootUrlFolder =
    remoteRoot === undefined ? undefined : `${remoteRoot.origin}${remoteRoot.pathname.replace(/[^/]*$/, "")}`;
  const rootFolder = remoteRoot === undefined ? dirname(resolve(options.root)) : undefined;
  const realRootFolder = rootFolder === undefined ? undefined : realPath(rootFolder);
  const tree = rootFolder === undefined ? "the root document's" : `${shownFolder(rootFolder)}'s`;

  // The bundler asks once per `$ref`, not per file: a split document names the same files hundreds of times.
  const realPaths = new Map<string, string>();
  const real = (path: string): string => {
    let found = realPaths.get(path);
    if (found === undefined) realPaths.set(path, (found = realPath(path)));
    return found;
  };
  const pathAllowed = (real: string): boolean => allowed.paths.some((prefix) => isInside(real, prefix));
  const urlAllowed = (url: URL): boolean => allowed.urls.some((prefix) => url.href.startsWith(prefix));

  function checkFile(ref: string, target: string): RefDecision {
    const resolved = real(target);
    if (pathAllowed(resolved)) return { ok: true, target };
    if (isAbsolutePath(ref)) {
      return { ok: false, reason: `$ref ${quoted(ref)} is an absolute path; only files named relative to the spec, inside ${tree} folder tree, are read` };
    }
    if (realRootFolder !== undefined && isInside(resolved, realRootFolder)) return { ok: true, target };
    const throughLink = rootFolder !== undefined && isInside(resolve(target), rootFolder);
    return {
      ok: false,
      reason: `$ref ${quoted(ref)} reads a file outside ${tree} folder tree${throughLink ? ` (through a symbolic link, to ${resolved})` : ""}`,
    };
  }

  function checkUrl(written: string, target: string): RefDecision {
    if (!URL.canParse(target)) return { ok: true, target };
    const url = new URL(target);
    // A relative `$ref` of a remote document: the message names the URL it leads to as well.
    const shown = isRemote(written) ? quoted(written) : `${quoted(written)} (${shownUrl(target)})`;
    // Named by the user with the root: its own folder is the document's, as a file's folder tree is.
    if (rootUrlFolder !== undefined && `${url.origin}${url.pathname}`.startsWith(rootUrlFolder)) return { ok: true, target };
    if (urlAllowed(url)) return { ok: true, target };
    const host = hostOf(url);
    const literal = nonPublicAddress(host);
    if (literal !== undefined) return { ok: false, reason: `$ref ${shown} names ${host}, ${literal}` };
    if (host === "localhost" || host.endsWith(".localhost")) {
      return { ok: false, reason: `$ref ${shown} names ${host}, a host name of this machine` };
    }
    if (url.protocol !== "https:") {
      return {
        ok: false,
        reason: `$ref ${shown} is a plain ${url.protocol} URL; only https: URLs are read, as anyone on the way can change what http: sends`,
      };
    }
    return isIP(host) === 0 ? { ok: true, target, lookupHost: host } : { ok: true, target };
  }

  return {
    check(base, ref, target) {
      if (isRemote(target)) return checkUrl(ref, target);
      if (/^file:/i.test(ref) && !isRemote(base)) {
        // The bundler would take `file:///x` for a relative path; read as the file it names only when allowed.
        let path: string | undefined;
        try {
          path = fileURLToPath(ref);
        } catch {
          path = undefined;
        }
        if (path !== undefined && pathAllowed(real(path))) return { ok: true, target: path };
        return { ok: false, reason: `$ref ${quoted(ref)} is a file: URL; only files named relative to the spec, inside ${tree} folder tree, are read` };
      }
      return checkFile(ref, target);
    },

    async checkHost(host, ref) {
      let addresses: ReadonlyArray<{ readonly address: string }>;
      try {
        addresses = await lookup(host);
      } catch {
        // A name that does not resolve cannot be fetched either: the fetch fails with its own error.
        return undefined;
      }
      // The fetch resolves the name again, so a server that answers DNS differently the second time
      // (DNS rebinding) can still get past this check: it narrows the window, it does not close it.
      for (const { address } of addresses) {
        const kind = nonPublicAddress(address);
        if (kind !== undefined) return `$ref ${quoted(ref)} names ${host}, which resolves to ${address}, ${kind}`;
      }
      return undefined;
    },
  };
}

/** True when `entry` of an allow-list is a URL prefix (else a path prefix). */
export function isUrlPrefix(entry: string): boolean {
  return hasUrlScheme(entry) || /^file:/i.test(entry);
}
