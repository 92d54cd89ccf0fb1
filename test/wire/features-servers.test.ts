/**
 * Where requests go. The `features` spec's server has variables
 * (`https://{region}.example.com/v{version}`): their defaults are substituted.
 * The `relative-server` spec's server is relative (`/api/v3`): outside a page
 * the client refuses to send, asking for `baseUrl`, and `baseUrl` fixes it;
 * with a page `location` (a browser) the relative URL is left to fetch.
 * Nothing here leaves 127.0.0.1: a recording `fetch` notes the URL the client
 * chose and forwards the request to the local server.
 */
import { afterEach, describe, expect, test, vi } from "vitest";
import { HEADER_KEY, requestsAfterSettling, useGeneratedClient } from "../fixtures/wire-features/client.js";
import { failure } from "../support/failure.js";
import { useServer } from "../support/http-server.js";

const features = useGeneratedClient("servers");
const relative = useGeneratedClient("servers-relative", "relative-server.yaml");
// Registered before the server's hooks so that, after-hooks running in reverse, the server closes first.
afterEach(() => {
  vi.unstubAllGlobals();
});
const server = useServer({ body: { pong: true } });

/** A fetch that records each URL it is given and sends the request to the local server instead, path and query kept. */
function forwardingFetch(): { fetch: typeof fetch; urls: string[] } {
  const urls: string[] = [];
  return {
    urls,
    fetch: (input, init) => {
      const url = String(input);
      urls.push(url);
      const resolved = new URL(url, (globalThis as { location?: { href: string } }).location?.href);
      return fetch(`${server.origin}${resolved.pathname}${resolved.search}`, init);
    },
  };
}

describe("server variables", () => {
  test("their defaults are substituted into the spec's server URL", async () => {
    const recorder = forwardingFetch();
    const client = new features.module.FeaturesClient({ headerKey: HEADER_KEY, fetch: recorder.fetch });
    await client.default!.getResource!();
    expect(recorder.urls).toEqual(["https://eu.example.com/v2/resource"]);
    expect(server.requests.map((r) => r.url)).toEqual(["/v2/resource"]);
  });

  test("the client documents the resolved server", () => {
    expect(features.files.get("definition.ts")).toContain('baseUrl: "https://eu.example.com/v2",');
  });
});

describe("servers of an operation's own", () => {
  test("a path item's servers (variables defaulted) replace the document's for its operations", async () => {
    const recorder = forwardingFetch();
    const client = new features.module.FeaturesClient({ headerKey: HEADER_KEY, fetch: recorder.fetch });
    await client.default!.getUploadsHost!();
    expect(recorder.urls).toEqual(["https://media.uploads.example.com/uploads-host"]);
  });

  test("an operation's servers win over its path item's, trailing slash dropped", async () => {
    const recorder = forwardingFetch();
    const client = new features.module.FeaturesClient({ headerKey: HEADER_KEY, fetch: recorder.fetch });
    await client.default!.postUploadsHost!();
    expect(recorder.urls).toEqual(["https://ingest.example.com/v9/uploads-host"]);
  });

  test("a caller's baseUrl still replaces every server", async () => {
    const client = new features.module.FeaturesClient({ headerKey: HEADER_KEY, baseUrl: `${server.origin}/proxy` });
    await client.default!.postUploadsHost!();
    expect(server.requests.map((r) => r.url)).toEqual(["/proxy/uploads-host"]);
  });
});

describe("a relative server URL", () => {
  test("without baseUrl outside a page: RequestBuildError asking for baseUrl, fetch never called", async () => {
    const recorder = forwardingFetch();
    const error = await failure(
      new relative.module.RelativeClient({ fetch: recorder.fetch, maxRetries: 2 }).default!.ping!(),
    );
    expect(error).toBeInstanceOf(relative.module.RequestBuildError);
    expect((error as Error).message).toBe(
      'ping needs an absolute base URL: the base URL "/api/v3" is relative, and there is no page location to ' +
        'resolve it against. Pass one to new RelativeClient({ baseUrl: "https://…" }). No request was sent.',
    );
    expect(recorder.urls).toEqual([]);
    expect(await requestsAfterSettling(server)).toBe(0);
  });

  test("with the global fetch too: a RequestBuildError, not a retried connection error", async () => {
    const error = await failure(new relative.module.RelativeClient().default!.ping!());
    expect(error).toBeInstanceOf(relative.module.RequestBuildError);
    expect(error).not.toBeInstanceOf(relative.module.ConnectionError);
  });

  test("a relative baseUrl option is refused the same way", async () => {
    const error = await failure(new relative.module.RelativeClient({ baseUrl: "/proxy" }).default!.ping!());
    expect(error).toBeInstanceOf(relative.module.RequestBuildError);
    expect((error as Error).message).toContain('the base URL "/proxy" is relative');
  });

  test("an absolute baseUrl fixes it", async () => {
    const data = await new relative.module.RelativeClient({ baseUrl: `${server.origin}/api/v3` }).default!.ping!();
    expect(data).toEqual({ pong: true });
    expect(server.requests.map((r) => [r.method, r.url])).toEqual([["GET", "/api/v3/ping"]]);
  });

  test("in a page (a `location` global), the relative URL is left for fetch to resolve", async () => {
    vi.stubGlobal("location", { href: `${server.origin}/app/index.html` });
    const recorder = forwardingFetch();
    const data = await new relative.module.RelativeClient({ fetch: recorder.fetch }).default!.ping!();
    expect(data).toEqual({ pong: true });
    expect(recorder.urls).toEqual(["/api/v3/ping"]);
    expect(server.requests.map((r) => r.url)).toEqual(["/api/v3/ping"]);
  });
});
