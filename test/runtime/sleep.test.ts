/**
 * sleep: resolves after the delay, rejects with the signal's reason on abort
 * (before or during), and never leaves a timer or listener behind.
 */
import { describe, expect, test, vi } from "vitest";
import { sleep } from "../../generator/runtime/sleep.js";
import { withFakeTimers } from "../support/fake-timers.js";

withFakeTimers();

/** Records whether a promise has settled yet, without awaiting it. */
function track(promise: Promise<void>): { settled: () => boolean; result: Promise<unknown> } {
  let done = false;
  const result = promise.then(
    () => {
      done = true;
      return "resolved";
    },
    (reason: unknown) => {
      done = true;
      return reason;
    },
  );
  return { settled: () => done, result };
}

describe("sleep", () => {
  test("resolves only once the delay has passed, then no timer is left", async () => {
    const t = track(sleep(1000));
    expect(vi.getTimerCount()).toBe(1);
    await vi.advanceTimersByTimeAsync(999);
    expect(t.settled()).toBe(false);
    await vi.advanceTimersByTimeAsync(1);
    expect(await t.result).toBe("resolved");
    expect(vi.getTimerCount()).toBe(0);
  });

  test("a zero delay resolves", async () => {
    const t = track(sleep(0));
    await vi.advanceTimersByTimeAsync(0);
    expect(await t.result).toBe("resolved");
  });

  test("an already-aborted signal rejects at once with its reason and starts no timer", async () => {
    const controller = new AbortController();
    const reason = new Error("stop");
    controller.abort(reason);
    await expect(sleep(1000, controller.signal)).rejects.toBe(reason);
    expect(vi.getTimerCount()).toBe(0);
  });

  test("aborting mid-wait rejects at once with the reason and clears the timer", async () => {
    const controller = new AbortController();
    const t = track(sleep(10_000, controller.signal));
    await vi.advanceTimersByTimeAsync(100);
    const reason = new Error("caller gave up");
    controller.abort(reason);
    expect(await t.result).toBe(reason);
    expect(vi.getTimerCount()).toBe(0);
  });

  test("removes its abort listener once the wait is over", async () => {
    const controller = new AbortController();
    const remove = vi.spyOn(controller.signal, "removeEventListener");
    const t = track(sleep(10, controller.signal));
    await vi.advanceTimersByTimeAsync(10);
    expect(await t.result).toBe("resolved");
    expect(remove).toHaveBeenCalledWith("abort", expect.any(Function));
    // Aborting afterwards changes nothing: the promise already resolved.
    controller.abort();
    expect(await t.result).toBe("resolved");
  });
});
