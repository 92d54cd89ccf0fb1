/**
 * The reference policy (issue 19, class 7): a `$ref` reads only files inside
 * the spec's folder tree and public https: URLs (and, for a spec named by URL,
 * URLs under its own folder) unless `allowRefs` or `--allow-ref` allows more.
 * Each refused kind is an error at the `$ref` that says what was refused and
 * why, names the allow-list, and reads nothing: the recording server gets no
 * request, `fetch` is not called, and a file outside (whose text would not
 * parse) is never opened.
 */
import { existsSync } from "node:fs";
import { mkdir, symlink, writeFile } from "node:fs/promises";
import { createServer, type Server } from "node:http";
import { hostname } from "node:os";
import { lookup } from "node:dns/promises";
import { join } from "node:path";
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from "vitest";
import { formatDiagnostic, type Diagnostic } from "../../generator/check/diagnostic.js";
import { loadDocument } from "../../generator/load/load-document.js";
import { ALLOW_REFS_FIX, createRefPolicy, nonPublicAddress } from "../../generator/load/ref-policy.js";
import { specWithRemoteRef } from "../support/remote-ref-spec.js";
import { useScratchDir } from "../support/scratch-dir.js";
import { runCli } from "./helpers/run-cli.js";

const scratch = useScratchDir("wiregen-ref-policy-");
/** The project: spec/ holds the documents, outside/ what they must not read. */
const project = join(scratch, "project");
const spec = join(project, "spec");
const outside = join(project, "outside");

/** Would fail to parse if it were ever read: a refusal that names it proves it was not opened. */
const UNPARSABLE = "Thing: { type: [\n";
const THING = "Thing:\n  type: object\n  properties:\n    id: { type: string }\n";

let server: Server;
let origin: string;
const requests: string[] = [];
const served = new Map<string, string>();

beforeAll(async () => {
  await mkdir(join(spec, "schemas"), { recursive: true });
  await mkdir(outside, { recursive: true });
  await writeFile(join(outside, "secret.yaml"), UNPARSABLE);
  await writeFile(join(outside, "thing.yaml"), THING);
  await writeFile(join(spec, "schemas", "thing.yaml"), "Thing:\n  $ref: '../common.yaml#/Thing'\n");
  await writeFile(join(spec, "common.yaml"), THING);
  await writeFile(join(spec, "schemas", "leak.yaml"), "Thing:\n  type: object\n  properties:\n    secret:\n      $ref: '../../outside/secret.yaml#/Thing'\n");
  await symlink(outside, join(spec, "linked"));
  served.set("/v1/openapi.yaml", specWithRemoteRef("schemas/thing.yaml#/Thing"));
  served.set("/v1/schemas/thing.yaml", THING);
  served.set("/v1/escape.yaml", specWithRemoteRef("../private/thing.yaml#/Thing"));
  served.set("/private/thing.yaml", THING);
  served.set("/thing.yaml", THING);
  server = createServer((request, response) => {
    requests.push(request.url ?? "");
    // An allowed URL that bounces the request elsewhere on the same server.
    if (request.url === "/public/bounce.yaml") {
      response.writeHead(302, { location: "/private/thing.yaml" }).end();
      return;
    }
    const text = served.get(new URL(request.url ?? "/", "http://x").pathname);
    if (text === undefined) response.writeHead(404).end();
    else response.writeHead(200, { "content-type": "application/yaml" }).end(text);
  });
  await new Promise<void>((done) => server.listen(0, "127.0.0.1", done));
  origin = `http://127.0.0.1:${(server.address() as { port: number }).port}`;
});
afterAll(async () => {
  server.closeAllConnections();
  await new Promise<void>((done) => server.close(() => done()));
});
afterEach(() => {
  vi.restoreAllMocks();
});

/** Writes a spec of spec/ whose one `$ref` (at 12:17) is `ref`; returns its path. */
async function specWith(name: string, ref: string): Promise<string> {
  const file = join(spec, `${name}.yaml`);
  await writeFile(file, specWithRemoteRef(ref));
  return file;
}

/** Loads `file` and returns its errors, with `fetch` watched and the server's requests counted. */
async function loadWatched(file: string, allowRefs?: string[]): Promise<{ errors: Diagnostic[]; fetched: number; requested: number; ok: boolean }> {
  const fetchSpy = vi.spyOn(globalThis, "fetch");
  const before = requests.length;
  const result = await loadDocument(file, allowRefs === undefined ? {} : { allowRefs });
  return {
    ok: result.ok,
    errors: result.ok ? [] : result.diagnostics.filter((d) => d.severity === "error"),
    fetched: fetchSpy.mock.calls.length,
    requested: requests.length - before,
  };
}

/** The one error of a refused `$ref`, at 12:17 of `file`, with the allow-list as its fix, nothing read. */
async function expectRefused(file: string, message: RegExp): Promise<Diagnostic> {
  const { errors, fetched, requested, ok } = await loadWatched(file);
  expect(ok).toBe(false);
  expect(errors.map(formatDiagnostic)).toHaveLength(1);
  const [error] = errors;
  expect(error!.message).toMatch(message);
  expect(error!.fix).toBe(ALLOW_REFS_FIX);
  expect(error!.position).toMatchObject({ line: 12, column: 17 });
  expect(error!.position.file).toMatch(/spec\/[\w-]+\.yaml$/);
  expect(fetched).toBe(0);
  expect(requested).toBe(0);
  // The outside file would have been a parse problem had it been read.
  expect(errors.map((e) => e.message).join("\n")).not.toMatch(/parse|flow collection/i);
  return error!;
}

describe("refused by default, with nothing read", () => {
  it("a file outside the spec's folder tree", async () => {
    const error = await expectRefused(await specWith("up", "../outside/secret.yaml#/Thing"), /^\$ref "..\/outside\/secret.yaml" reads a file outside .*project\/spec\/'s folder tree$/);
    expect(formatDiagnostic(error)).toMatch(/up\.yaml:12:17: error: .*\n {2}fix: allow it with allowRefs in wiregen\.config\.\* \(or --allow-ref <prefix>\)$/);
  });

  it("an absolute path", async () => {
    await expectRefused(await specWith("absolute", `${join(outside, "secret.yaml")}#/Thing`), /^\$ref ".*\/outside\/secret.yaml" is an absolute path; only files named relative to the spec, inside .*spec\/'s folder tree, are read$/);
  });

  it("an absolute path, even inside the folder tree", async () => {
    await expectRefused(await specWith("absolute-inside", `${join(spec, "common.yaml")}#/Thing`), /is an absolute path/);
  });

  it("a file: URL", async () => {
    await expectRefused(await specWith("file-url", `file://${join(outside, "secret.yaml")}#/Thing`), /^\$ref "file:\/\/.*\/outside\/secret.yaml" is a file: URL; only files named relative to the spec, inside .*spec\/'s folder tree, are read$/);
  });

  it("a plain http: URL", async () => {
    await expectRefused(await specWith("plain-http", "http://api.example.com/schemas.yaml#/Thing"), /^\$ref "http:\/\/api.example.com\/schemas.yaml" is a plain http: URL; only https: URLs are read, as anyone on the way can change what http: sends$/);
  });

  it("a loopback address (the recording server gets no request)", async () => {
    await expectRefused(await specWith("loopback", `${origin}/thing.yaml#/Thing`), /^\$ref "http:\/\/127.0.0.1:\d+\/thing.yaml" names 127.0.0.1, a loopback address \(this machine\)$/);
  });

  it.each([
    ["https://[::1]/x.yaml", /names ::1, a loopback address \(this machine\)/],
    ["https://127.1.2.3/x.yaml", /names 127.1.2.3, a loopback address/],
    ["https://2130706433/x.yaml", /names 127.0.0.1, a loopback address/],
    ["https://localhost/x.yaml", /names localhost, a host name of this machine/],
    ["https://api.localhost./x.yaml", /names api.localhost, a host name of this machine/],
    ["https://169.254.169.254/latest/meta-data", /names 169.254.169.254, a link-local address \(where cloud metadata services answer\)/],
    ["https://[fe80::1]/x.yaml", /names fe80::1, a link-local address/],
    ["https://10.1.2.3/x.yaml", /names 10.1.2.3, a private network address/],
    ["https://172.16.0.1/x.yaml", /names 172.16.0.1, a private network address/],
    ["https://172.31.255.255/x.yaml", /names 172.31.255.255, a private network address/],
    ["https://192.168.0.10/x.yaml", /names 192.168.0.10, a private network address/],
    ["https://[fd12::1]/x.yaml", /names fd12::1, a private network address/],
    ["https://0.0.0.0/x.yaml", /names 0.0.0.0, the unspecified address \(this machine\)/],
    ["https://[::]/x.yaml", /names ::, the unspecified address \(this machine\)/],
    ["https://[::ffff:127.0.0.1]/x.yaml", /names ::ffff:7f00:1, an IPv4-mapped address of 127.0.0.1, a loopback address \(this machine\)/],
    ["https://[::ffff:10.0.0.1]/x.yaml", /names ::ffff:a00:1, an IPv4-mapped address of 10.0.0.1, a private network address/],
  ])("%s", async (url, message) => {
    await expectRefused(await specWith(`host-${url.replace(/\W+/g, "-")}`, `${url}#/Thing`), message);
  });

  it("a host name that resolves to a non-public address (when this machine's name does)", async (context) => {
    // This machine's own name resolves to a loopback or private address on most machines and containers.
    const name = hostname().toLowerCase();
    const addresses = await lookup(name, { all: true }).catch(() => []);
    if (addresses.length === 0 || addresses.every((a) => nonPublicAddress(a.address) === undefined) || name.endsWith(".localhost") || name === "localhost") {
      context.skip();
    }
    await expectRefused(await specWith("dns", `https://${name}/x.yaml#/Thing`), new RegExp(`names ${name.replace(/\./g, "\\.")}, which resolves to \\S+, (a loopback|a private|a link-local|the unspecified)`));
  });

  it("a symbolic link inside the folder that points outside", async () => {
    await expectRefused(await specWith("symlink", "linked/secret.yaml#/Thing"), /^\$ref "linked\/secret.yaml" reads a file outside .*spec\/'s folder tree \(through a symbolic link, to .*\/outside\/secret.yaml\)$/);
  });

  it("a $ref inside a referenced file is held to the same policy, located in that file", async () => {
    const { errors, ok } = await loadWatched(await specWith("nested", "schemas/leak.yaml#/Thing"));
    expect(ok).toBe(false);
    expect(errors).toHaveLength(1);
    expect(errors[0]!.message).toMatch(/^\$ref "..\/..\/outside\/secret.yaml" reads a file outside .*spec\/'s folder tree$/);
    expect(errors[0]!.position).toMatchObject({ file: expect.stringMatching(/spec\/schemas\/leak\.yaml$/), line: 5, column: 7 });
  });

  it("a spec named by URL may not leave its own folder on the server", async () => {
    const { errors, requested, ok } = await loadWatched(`${origin}/v1/escape.yaml`);
    expect(ok).toBe(false);
    // The root itself is fetched (the user named it); the $ref above its folder is not.
    expect(requested).toBe(1);
    expect(errors[0]!.message).toMatch(/^\$ref "..\/private\/thing.yaml" \(http:\/\/127.0.0.1:\d+\/private\/thing.yaml\) names 127.0.0.1, a loopback address/);
    expect(errors[0]!.fix).toBe(ALLOW_REFS_FIX);
  });
});

describe("read by default", () => {
  it("files inside the spec's folder tree, `..` included while it stays inside", async () => {
    const { errors, ok } = await loadWatched(await specWith("inside", "schemas/thing.yaml#/Thing"));
    expect(errors).toEqual([]);
    expect(ok).toBe(true);
  });

  it("a spec named by URL reads the URLs under its own folder, though its host is loopback", async () => {
    const { errors, ok, requested } = await loadWatched(`${origin}/v1/openapi.yaml`);
    expect(errors).toEqual([]);
    expect(ok).toBe(true);
    expect(requested).toBe(2);
  });

  it("the overlay and the spec themselves, wherever they are", async () => {
    const overlay = join(outside, "api.overlay.yaml");
    await writeFile(overlay, "overlay: 1.0.0\ninfo: { title: o, version: '1' }\nactions:\n  - target: $.info\n    update: { description: overlaid }\n");
    const root = join(outside, "api.yaml");
    await writeFile(root, specWithRemoteRef("thing.yaml#/Thing"));
    const result = await loadDocument(root, { overlay });
    expect(result.ok ? [] : result.diagnostics.map(formatDiagnostic)).toEqual([]);
  });
});

describe("the allow-list", () => {
  it("a path prefix allows the files under it (loadDocument's allowRefs)", async () => {
    const file = await specWith("allowed-path", "../outside/thing.yaml#/Thing");
    expect((await loadWatched(file)).ok).toBe(false);
    const { errors, ok } = await loadWatched(file, [outside]);
    expect(errors).toEqual([]);
    expect(ok).toBe(true);
  });

  it("a URL prefix allows the URLs under it, and only those", async () => {
    const file = await specWith("allowed-url", `${origin}/thing.yaml#/Thing`);
    const allowed = await loadWatched(file, [`${origin}/`]);
    expect(allowed.errors).toEqual([]);
    expect(allowed.requested).toBe(1);
    const other = await loadWatched(file, [`${origin}/v1/`]);
    expect(other.errors[0]!.message).toMatch(/names 127\.0\.0\.1, a loopback address/);
    expect(other.requested).toBe(0);
  });

  it("a redirect is held to the policy too: an allowed URL cannot bounce the request outside the allow-list", async () => {
    const file = await specWith("bounce", `${origin}/public/bounce.yaml#/Thing`);
    const { errors, requested } = await loadWatched(file, [`${origin}/public/`]);
    expect(errors).toHaveLength(1);
    expect(errors[0]!.message).toMatch(/redirects to http:\/\/127\.0\.0\.1:\d+\/private\/thing\.yaml, which is refused: .*names 127\.0\.0\.1, a loopback address/);
    // The allowed URL was asked; where it pointed was not.
    expect(requested).toBe(1);
    expect((await loadWatched(file, [`${origin}/`])).errors).toEqual([]);
  });

  it("a host name is checked as DNS resolves it, unless allowed", async () => {
    const policy = createRefPolicy({ root: join(spec, "api.yaml"), lookup: async () => [{ address: "93.184.215.14" }, { address: "10.0.0.5" }] });
    const decision = policy.check(join(spec, "api.yaml"), "https://internal.example/x.yaml", "https://internal.example/x.yaml");
    expect(decision).toEqual({ ok: true, target: "https://internal.example/x.yaml", lookupHost: "internal.example" });
    expect(await policy.checkHost("internal.example", "https://internal.example/x.yaml")).toBe(
      '$ref "https://internal.example/x.yaml" names internal.example, which resolves to 10.0.0.5, a private network address',
    );
    const publicOnly = createRefPolicy({ root: join(spec, "api.yaml"), lookup: async () => [{ address: "93.184.215.14" }, { address: "2606:2800:21f:cb07:6820:80da:af6b:8b2c" }] });
    expect(await publicOnly.checkHost("example.com", "https://example.com/x.yaml")).toBeUndefined();
    const allowed = createRefPolicy({ root: join(spec, "api.yaml"), allow: ["https://internal.example/"] });
    expect(allowed.check(join(spec, "api.yaml"), "https://internal.example/x.yaml", "https://internal.example/x.yaml")).toEqual({ ok: true, target: "https://internal.example/x.yaml" });
  });

  it.each([
    ["93.184.215.14", undefined],
    ["172.32.0.1", undefined],
    ["2606:4700::1111", undefined],
    ["::ffff:8.8.8.8", undefined],
    ["fe80::1%eth0", "a link-local address (where cloud metadata services answer)"],
    ["fc00::1", "a private network address"],
  ])("nonPublicAddress(%s)", (address, kind) => {
    expect(nonPublicAddress(address)).toBe(kind);
  });
});

// Each run of the CLI takes seconds on a loaded machine; a test here makes up to three.
describe("through the CLI", { timeout: 120_000 }, () => {
  /** A project whose spec refers to ../shared/thing.yaml, outside spec/. */
  async function cliProject(name: string, config?: object): Promise<string> {
    const dir = join(scratch, name);
    await mkdir(join(dir, "spec"), { recursive: true });
    await mkdir(join(dir, "shared"), { recursive: true });
    await writeFile(join(dir, "shared", "thing.yaml"), THING);
    await writeFile(join(dir, "spec", "api.yaml"), specWithRemoteRef("../shared/thing.yaml#/Thing", "getThing"));
    if (config !== undefined) await writeFile(join(dir, "wiregen.config.json"), JSON.stringify(config));
    return dir;
  }

  it("refused without the allow-list: the located error and its fix, nothing written", async () => {
    const dir = await cliProject("cli-refused", { clients: [{ input: "spec/api.yaml", output: "src/api" }] });
    const run = await runCli([], dir);
    expect(run.code).toBe(1);
    expect(run.stderr).toContain(
      `spec/api.yaml:13:17: error: $ref "../shared/thing.yaml" reads a file outside spec/'s folder tree\n  fix: ${ALLOW_REFS_FIX}`,
    );
    expect(existsSync(join(dir, "src"))).toBe(false);
  });

  it("allowRefs in the config allows it, relative to the config's folder", async () => {
    const dir = await cliProject("cli-config", { clients: [{ input: "spec/api.yaml", output: "src/api", allowRefs: ["shared"] }] });
    const run = await runCli([], dir);
    expect(run.code, run.stderr).toBe(0);
    expect(run.stdout).toContain("src/api: 1 operation");
  });

  it("--allow-ref allows it, and dropping it regenerates (the stamp includes the allow-list) and refuses again", async () => {
    const dir = await cliProject("cli-flag");
    const allowed = await runCli(["spec/api.yaml", "--out", "out", "--allow-ref", "shared"], dir);
    expect(allowed.code, allowed.stderr).toBe(0);
    const again = await runCli(["spec/api.yaml", "--out", "out", "--allow-ref", "shared"], dir);
    expect(again.stdout).toContain("unchanged since the last run");
    const dropped = await runCli(["spec/api.yaml", "--out", "out"], dir);
    expect(dropped.code).toBe(1);
    expect(dropped.stderr).toMatch(/reads a file outside spec\/'s folder tree/);
  });

  it("--allow-ref with a URL prefix allows a loopback server, and adds to the config's allowRefs", async () => {
    const dir = join(scratch, "cli-url");
    await mkdir(join(dir, "spec"), { recursive: true });
    await writeFile(join(dir, "spec", "api.yaml"), specWithRemoteRef(`${origin}/thing.yaml#/Thing`, "getThing"));
    await writeFile(join(dir, "wiregen.config.json"), JSON.stringify({ clients: [{ input: "spec/api.yaml", output: "src/api", allowRefs: ["spec"] }] }));
    const before = requests.length;
    const refused = await runCli([], dir);
    expect(refused.code).toBe(1);
    expect(refused.stderr).toMatch(/names 127\.0\.0\.1, a loopback address/);
    expect(requests.length).toBe(before);
    const run = await runCli(["--allow-ref", `${origin}/`], dir);
    expect(run.code, run.stderr).toBe(0);
    expect(requests.slice(before)).toEqual(["/thing.yaml"]);
  });

  it("--allow-ref that is neither a path nor a URL is a usage error", async () => {
    const dir = await cliProject("cli-bad-flag");
    const run = await runCli(["spec/api.yaml", "--allow-ref", "nowhere/at/all"], dir);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain("error: --allow-ref nowhere/at/all: neither an existing path nor a URL");
  });
});
