/** Fake timers around each test, for the runtime unit tests that measure waits exactly. */
import { afterEach, beforeEach, vi } from "vitest";

/** Options of `withFakeTimers`. */
export interface FakeTimerSetup {
  /** Also make `Math.random` return 0 (and restore every mock after), so backoff has no jitter: 500 ms, 1 s, 2 s, ... */
  readonly noJitter?: boolean;
}

/** Turns on vitest's fake timers before every test of the calling file (or `describe`) and real ones after. */
export function withFakeTimers(setup: FakeTimerSetup = {}): void {
  beforeEach(() => {
    vi.useFakeTimers();
    if (setup.noJitter === true) vi.spyOn(Math, "random").mockReturnValue(0);
  });
  afterEach(() => {
    vi.useRealTimers();
    if (setup.noJitter === true) vi.restoreAllMocks();
  });
}
