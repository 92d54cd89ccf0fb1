/**
 * How the bundler reads the files and URLs that `$ref`s name, with bounds a
 * hostile server cannot get past: at most `MAX_REMOTE_DOCUMENTS` remote
 * documents and `MAX_REMOTE_BYTES` in all, read as a stream and cut off the
 * moment the budget is spent (a server that sends forever costs at most the
 * budget, not the process), and every request aborted with the run's
 * signal. A remote document may refer only to `http:`/`https:` URLs: a
 * server must not be able to make the generator read files on this machine.
 */
import type { BaseResolver, Source } from "@redocly/openapi-core";
import { fetchText, isRemote, shownUrl } from "./remote-text.js";

/** Remote bytes read in all: split descriptions fetched from a server are a few MB; the whole GitHub description is 13 MB. */
export const MAX_REMOTE_BYTES = 32 * 1024 * 1024;
/** Distinct remote documents: split descriptions use a few dozen files at most. */
export const MAX_REMOTE_DOCUMENTS = 100;

/** A resolver for one bundle run; `signal` ends every request still running. */
export async function boundedResolver(signal: AbortSignal): Promise<BaseResolver> {
  const redocly = await import("@redocly/openapi-core");
  const { BaseResolver: Base, Source: SourceClass } = redocly;

  class BoundedResolver extends Base {
    private bytes = 0;
    private documents = 0;
    /** Targets named from remote documents that are not URLs: refused when loaded, with the reason. */
    private readonly refused = new Map<string, string>();

    override resolveExternalRef(base: string | null, ref: string): string {
      const target = super.resolveExternalRef(base, ref);
      if (base !== null && isRemote(base) && !isRemote(target)) {
        this.refused.set(target, `${base} is remote, so it may only refer to http: or https: URLs, not ${ref}`);
      }
      return target;
    }

    override async loadExternalRef(absoluteRef: string): Promise<Source> {
      const refused = this.refused.get(absoluteRef);
      if (refused !== undefined) throw new redocly.ResolveError(new Error(refused));
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
