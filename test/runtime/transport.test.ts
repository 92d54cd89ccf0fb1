/**
 * transport: how client options and per-call options combine into one call
 * (base URL, headers, timeout, retries, fetch), which operations may be
 * retried at all (idempotent methods, or those the spec marks safe), and that
 * a status error or a bad body reaches the caller as the right class.
 */
import { describe, expect, test, vi } from "vitest";
import { apiKey } from "../../generator/runtime/security.js";
import { StatusError, TimeoutError, type StatusErrorClass } from "../../generator/runtime/errors.js";
import { jsonBody } from "../../generator/runtime/encode-body.js";
import type { OperationSpec } from "../../generator/runtime/operation.js";
import { Transport, type ClientDefinition, type ClientOptions } from "../../generator/runtime/transport.js";
import { fakeFetch } from "../support/fake-fetch.js";
import { withFakeTimers } from "../support/fake-timers.js";

class ThingError extends StatusError {}

const definition: ClientDefinition = {
  clientName: "ThingClient",
  baseUrl: "https://things.example.com/v1",
  schemes: { Key: { type: apiKey, in: "header", name: "X-Key", option: "apiKey" } },
  errors: { base: ThingError as StatusErrorClass, byStatus: {} },
};

const getThing: OperationSpec = {
  id: "getThing",
  method: "GET",
  path: "/things/{id}",
  params: [{ key: "id", name: "id", in: "path" }],
  security: [["Key"]],
  responses: { "200": { kind: "json", shape: "object" } },
};

const createThing: OperationSpec = {
  id: "createThing",
  method: "POST",
  path: "/things",
  params: [],
  body: { mediaType: "application/json", encoding: jsonBody, required: true },
  security: [["Key"]],
  responses: { "201": { kind: "json", shape: "object" } },
};

withFakeTimers({ noJitter: true });

/** A transport as a generated client builds it: the shared options plus this client's credential option. */
function transportWith(options: ClientOptions & { apiKey?: string }): Transport {
  return new Transport(definition, { apiKey: "k", ...options });
}

async function settle<T>(promise: Promise<T>): Promise<T | unknown> {
  const caught = promise.catch((e: unknown) => e);
  await vi.runAllTimersAsync();
  return caught;
}

describe("Transport", () => {
  test("uses the client's fetch, baseUrl, credentials and headers; per-call headers win", async () => {
    const fake = fakeFetch({ status: 200, body: '{"id":"a"}' });
    const transport = transportWith({
      fetch: fake.fetch,
      baseUrl: "http://127.0.0.1:1234/",
      headers: { "X-Client": "c", "X-Both": "client" },
    });
    const data = await transport.call(getThing, { id: "a" }, { headers: { "X-Both": "call" } });
    expect(data).toEqual({ id: "a" });
    expect(fake.calls[0]?.url).toBe("http://127.0.0.1:1234/things/a");
    expect(Object.fromEntries(new Headers(fake.calls[0]?.init.headers))).toEqual({
      accept: "application/json",
      "x-key": "k",
      "x-client": "c",
      "x-both": "call",
    });
  });

  test("defaults: two retries", async () => {
    const fake = fakeFetch({ status: 500 });
    const transport = transportWith({ fetch: fake.fetch });
    const error = await settle(transport.call(getThing, { id: "a" }, undefined).withResponse());
    expect(error).toBeInstanceOf(ThingError);
    expect(fake.calls).toHaveLength(3);
  });

  test("defaults: a 60 s timeout per attempt", async () => {
    const fake = fakeFetch("hang");
    const transport = transportWith({
      fetch: fake.fetch,
      maxRetries: 0,
    });
    const outcome = transport
      .call(getThing, { id: "a" }, undefined)
      .withResponse()
      .catch((e: unknown) => e);
    await vi.advanceTimersByTimeAsync(59_999);
    expect(fake.calls[0]?.init.signal?.aborted).toBe(false);
    await vi.advanceTimersByTimeAsync(1);
    const error = await outcome;
    expect(error).toBeInstanceOf(TimeoutError);
    expect((error as TimeoutError).timeoutMs).toBe(60_000);
  });

  test("per-call maxRetries and timeoutMs override the client's", async () => {
    const fake = fakeFetch("hang");
    const transport = transportWith({
      fetch: fake.fetch,
      maxRetries: 5,
      timeoutMs: 10_000,
    });
    const error = await settle(transport.call(getThing, { id: "a" }, { maxRetries: 1, timeoutMs: 20 }).withResponse());
    expect(error).toBeInstanceOf(TimeoutError);
    expect((error as TimeoutError).timeoutMs).toBe(20);
    expect(fake.calls).toHaveLength(2);
  });

  test("a POST is not retried", async () => {
    const fake = fakeFetch({ status: 503 });
    const transport = transportWith({ fetch: fake.fetch });
    const error = await settle(transport.call(createThing, { body: {} }, undefined).withResponse());
    expect(error).toBeInstanceOf(ThingError);
    expect(fake.calls).toHaveLength(1);
  });

  test("a POST the spec marks safe to retry is retried", async () => {
    const fake = fakeFetch({ status: 503 }, { status: 201, body: "{}" });
    const transport = transportWith({ fetch: fake.fetch });
    await settle(transport.call({ ...createThing, retrySafe: true }, { body: {} }, undefined).withResponse());
    expect(fake.calls).toHaveLength(2);
    expect(fake.calls[1]?.init.body).toBe("{}");
  });

  test("nothing is sent until the call is awaited", async () => {
    const fake = fakeFetch({ status: 200, body: "{}" });
    const transport = transportWith({ fetch: fake.fetch });
    const call = transport.call(getThing, { id: "a" }, undefined);
    await vi.runAllTimersAsync();
    expect(fake.calls).toHaveLength(0);
    await call;
    expect(fake.calls).toHaveLength(1);
  });
});
