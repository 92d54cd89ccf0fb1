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

/** Remote bytes read in all: split descriptions fetched from a server are a few MB; the whole GitHub description is 13 MB. */
export const MAX_REMOTE_BYTES = 32 * 1024 * 1024;
/** Distinct remote documents: split descriptions use a few dozen files at most. */
export const MAX_REMOTE_DOCUMENTS = 100;

function isRemote(ref: string): boolean {
  return /^https?:\/\//i.test(ref);
}

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
      const response = await fetch(url, { signal, redirect: "follow" });
      if (!response.ok) throw new Error(`${url} answered ${response.status} ${response.statusText}`);
      const budget = MAX_REMOTE_BYTES - this.bytes;
      const declared = Number(response.headers.get("content-length") ?? NaN);
      const tooMuch = () =>
        new Error(
          `${url} sends more than the ${MAX_REMOTE_BYTES / 1024 / 1024} MB allowed for remote references in all`,
        );
      if (declared > budget) {
        await response.body?.cancel();
        throw tooMuch();
      }
      const chunks: string[] = [];
      const decoder = new TextDecoder();
      const reader = response.body?.getReader();
      for (;;) {
        if (reader === undefined) break;
        const { done, value } = await reader.read();
        if (done) break;
        this.bytes += value.byteLength;
        if (this.bytes > MAX_REMOTE_BYTES) {
          await reader.cancel();
          throw tooMuch();
        }
        chunks.push(decoder.decode(value, { stream: true }));
      }
      chunks.push(decoder.decode());
      return new SourceClass(url, chunks.join(""), response.headers.get("content-type") ?? undefined);
    }
  }

  return new BoundedResolver();
}
