/**
 * The log: levels gate what is written (and whether a message is even
 * built), the level can come from an environment variable, and secret query
 * parameters and headers are redacted before any message is made.
 */
import { afterEach, describe, expect, test } from "vitest";
import {
  createLog,
  redactHeaders,
  redactUrl,
  resolveLogLevel,
  type Logger,
  type LogLevel,
} from "../../generator/runtime/log.js";

function recorder(): { logger: Logger; lines: string[] } {
  const lines: string[] = [];
  const at = (level: string) => (message: string) => lines.push(`${level} ${message}`);
  return { logger: { debug: at("debug"), info: at("info"), warn: at("warn"), error: at("error") }, lines };
}

describe("createLog", () => {
  const cases: Array<[LogLevel, string[]]> = [
    ["off", []],
    ["error", ["error [Zep] e"]],
    ["warn", ["warn [Zep] w", "error [Zep] e"]],
    ["info", ["info [Zep] i", "warn [Zep] w", "error [Zep] e"]],
    ["debug", ["debug [Zep] d", "info [Zep] i", "warn [Zep] w", "error [Zep] e"]],
  ];
  test.each(cases)("level %s writes %j", (level, want) => {
    const { logger, lines } = recorder();
    const log = createLog(level, logger, "Zep");
    log.debug(() => "d");
    log.info(() => "i");
    log.warn(() => "w");
    log.error(() => "e");
    expect(lines).toEqual(want);
  });

  test("a message below the level is never built", () => {
    const log = createLog("warn", recorder().logger, "Zep");
    let built = 0;
    log.debug(() => `${++built}`);
    log.info(() => `${++built}`);
    expect(built).toBe(0);
  });
});

describe("resolveLogLevel", () => {
  const env = (globalThis as { process: { env: Record<string, string | undefined> } }).process.env;
  afterEach(() => {
    delete env["WIREGEN_TEST_LOG"];
  });
  test("the option wins over the environment", () => {
    env["WIREGEN_TEST_LOG"] = "debug";
    expect(resolveLogLevel("error", "WIREGEN_TEST_LOG")).toBe("error");
  });
  test("the environment variable sets it, in any case", () => {
    env["WIREGEN_TEST_LOG"] = " Info ";
    expect(resolveLogLevel(undefined, "WIREGEN_TEST_LOG")).toBe("info");
  });
  test("an unknown value or none is off", () => {
    env["WIREGEN_TEST_LOG"] = "loud";
    expect(resolveLogLevel(undefined, "WIREGEN_TEST_LOG")).toBe("off");
    expect(resolveLogLevel(undefined, undefined)).toBe("off");
  });
});

describe("redaction", () => {
  const log = createLog("debug", recorder().logger, "Zep", ["X-Custom-Cred"]);
  test.each([
    ["https://a.test/x", "https://a.test/x"],
    ["https://a.test/x?limit=5&api_key=sk-1&q=b", "https://a.test/x?limit=5&api_key=[redacted]&q=b"],
    [
      "https://a.test/x?access_token=t&x-custom-cred=c#frag",
      "https://a.test/x?access_token=[redacted]&x-custom-cred=[redacted]#frag",
    ],
    ["https://a.test/x?Sig%6eature=s", "https://a.test/x?Sig%6eature=[redacted]"],
    ["https://a.test/x?flag&page=2", "https://a.test/x?flag&page=2"],
  ])("%s", (url, want) => {
    expect(redactUrl(log, url)).toBe(want);
  });

  test("credential and secret-looking headers are redacted, others shown", () => {
    const headers = new Headers({
      authorization: "Bearer sk-1",
      "x-api-key": "sk-2",
      cookie: "s=3",
      "x-custom-cred": "sk-4",
      accept: "application/json",
    });
    expect(redactHeaders(log, headers)).toBe(
      "accept: application/json, authorization: [redacted], cookie: [redacted], x-api-key: [redacted], x-custom-cred: [redacted]",
    );
  });
});
