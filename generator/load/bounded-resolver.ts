/**
 * How the bundler reads the files and URLs that `$ref`s name, with bounds a
 * hostile server cannot get past: at most `MAX_REMOTE_DOCUMENTS` remote
 * documents and `MAX_REMOTE_BYTES` in all, read as a stream and cut off the
 * moment the budget is spent (a server that sends forever costs at most the
 * budget, not the process), and every request aborted with the run's
 * signal. A remote document may refer only to `http:`/`https:` URLs: a
 * server must not be able to make the generator read files on this machine.
 * Every other `$ref` is put to the reference policy (ref-policy.ts) before
 * anything is read or fetched, in the root document and in every document
 * it leads to alike; the root itself is the user's choice and is not.
 */
import type { BaseResolver, Source } from "@redocly/openapi-core";
import type { RefPolicy } from "./ref-policy.js";
import { fetchText, isRemote, shownUrl } from "./remote-text.js";

/** Remote bytes read in all: split descriptions fetched from a server are a few MB; the whole GitHub description is 13 MB. */
export const MAX_REMOTE_BYTES = 32 * 1024 * 1024;
/** Distinct remote documents: split descriptions use a few dozen files at most. */
export const MAX_REMOTE_DOCUMENTS = 100;

/**
 * The name a refused `$ref` resolves to instead of its target: one per `$ref`, as the bundler caches
 * documents by name (a target refused from one place may be read from another), and never a file's.
 */
const REFUSED = "refused-ref:";

/** True for a name `boundedResolver` gave a refused `$ref` (never a file or URL that was read). */
export function isRefusedName(name: string): boolean {
  return name.startsWith(REFUSED);
}

/**
 * A resolver for one bundle run; `signal` ends every request still running.
 * With a `policy`, each `$ref` it refuses fails with the policy's reason, unread.
 */
export async function boundedResolver(signal: AbortSignal, policy?: RefPolicy): Promise<BaseResolver> {
  const redocly = await import("@redocly/openapi-core");
  const { BaseResolver: Base, Source: SourceClass } = redocly;

  class BoundedResolver extends Base {
    private bytes = 0;
    private documents = 0;
    /** Refused `$ref`s by the name they resolve to, with the reason. */
    private readonly refused = new Map<string, string>();
    /** URLs whose host name is looked up before they are fetched, with a `$ref` that names them. */
    private readonly lookups = new Map<string, { readonly host: string; readonly ref: string }>();

    override resolveExternalRef(base: string | null, ref: string): string {
      const target = super.resolveExternalRef(base, ref);
      // No base: the root document, which the user named.
      if (base === null) return target;
      if (isRemote(base) && !isRemote(target)) {
        return this.refuse(`${base} is remote, so it may only refer to http: or https: URLs, not ${ref}`);
      }
      if (policy === undefined) return target;
      const decision = policy.check(base, ref, target);
      if (!decision.ok) return this.refuse(decision.reason);
      if (decision.lookupHost !== undefined && !this.lookups.has(decision.target)) {
        // Named by the URL it leads to: a relative `$ref` of a remote document says little alone.
        this.lookups.set(decision.target, { host: decision.lookupHost, ref: decision.target });
      }
      return decision.target;
    }

    private refuse(reason: string): string {
      const name = `${REFUSED}${this.refused.size}`;
      this.refused.set(name, reason);
      return name;
    }

    override async loadExternalRef(absoluteRef: string): Promise<Source> {
      const refused = this.refused.get(absoluteRef);
      if (refused !== undefined) throw new redocly.ResolveError(new Error(refused));
      const lookup = this.lookups.get(absoluteRef);
      if (lookup !== undefined && policy !== undefined) {
        const reason = await policy.checkHost(lookup.host, lookup.ref);
        if (reason !== undefined) throw new redocly.ResolveError(new Error(reason));
      }
      if (!isRemote(absoluteRef)) return super.loadExternalRef(absoluteRef);
      try {
        return await this.fetchBounded(absoluteRef);
      } catch (error) {
        throw new redocly.ResolveError(error as Error);
      }
    }

    private async fetchBounded(url: string): Promise<Source> {
      if (++this.documents > MAX_REMOTE_DOCUMENTS) {
        throw new Error(`more than ${MAX_REMOTE_DOCUMENTS} remote documents are referenced; not fetched`);
      }
      const { text, bytes, contentType } = await fetchText(url, {
        signal,
        // A redirect is a reference the server makes: the policy decides on it as on a `$ref`.
        checkRedirect:
          policy === undefined
            ? undefined
            : async (to) => {
                const decision = policy.check(url, to, to);
                if (!decision.ok) return decision.reason;
                return decision.lookupHost === undefined ? undefined : policy.checkHost(decision.lookupHost, to);
              },
        maxBytes: MAX_REMOTE_BYTES - this.bytes,
        tooMuch: () =>
          `${shownUrl(url)} sends more than the ${MAX_REMOTE_BYTES / 1024 / 1024} MB allowed for remote documents and references in all`,
      });
      this.bytes += bytes;
      return new SourceClass(url, text, contentType);
    }
  }

  return new BoundedResolver();
}
