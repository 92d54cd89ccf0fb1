/**
 * api-call: an `ApiCall` is lazy (nothing runs until awaited), runs its
 * request once however often it is awaited, and `.withResponse()` exposes the
 * `Response` next to the data.
 */
import { describe, expect, test, vi } from "vitest";
import { ApiCall, type WithResponse } from "../../generator/runtime/api-call.js";

function result<T>(data: T): WithResponse<T> {
  return { data, response: new Response(null, { status: 201, headers: { "x-id": "7" } }) };
}

describe("ApiCall", () => {
  test("sends nothing until awaited", async () => {
    const execute = vi.fn(async () => result(1));
    const call = new ApiCall(execute);
    await Promise.resolve();
    expect(execute).not.toHaveBeenCalled();
    expect(await call).toBe(1);
    expect(execute).toHaveBeenCalledTimes(1);
  });

  test("awaiting twice and calling withResponse() share one execution", async () => {
    const execute = vi.fn(async () => result({ ok: true }));
    const call = new ApiCall(execute);
    const [a, b, c] = await Promise.all([call, call, call.withResponse()]);
    expect(a).toEqual({ ok: true });
    expect(b).toBe(a);
    expect(c.data).toBe(a);
    expect(execute).toHaveBeenCalledTimes(1);
  });

  test("withResponse() gives the status and headers", async () => {
    const { data, response } = await new ApiCall(async () => result("x")).withResponse();
    expect(data).toBe("x");
    expect(response.status).toBe(201);
    expect(response.headers.get("x-id")).toBe("7");
  });

  test("catch() and finally() see a failure", async () => {
    const failure = new Error("boom");
    const onFinally = vi.fn();
    const caught = await new ApiCall<number>(() => Promise.reject(failure)).catch((e: unknown) => e);
    expect(caught).toBe(failure);
    await expect(new ApiCall<number>(() => Promise.reject(failure)).finally(onFinally)).rejects.toBe(failure);
    expect(onFinally).toHaveBeenCalledTimes(1);
  });

  test("is tagged ApiCall", () => {
    expect(Object.prototype.toString.call(new ApiCall(async () => result(0)))).toBe("[object ApiCall]");
  });
});
