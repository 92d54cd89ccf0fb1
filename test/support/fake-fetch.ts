/**
 * A scripted stand-in for `fetch` for runtime unit tests: each call takes the
 * next step of the script (a response, a thrown error, or hanging until its
 * signal aborts) and records what it was given and when (`Date.now()`, which
 * fake timers control).
 */

export type Step =
  | { readonly status: number; readonly body?: string; readonly headers?: Readonly<Record<string, string>> }
  | { readonly throws: unknown }
  /** Never answers; rejects with the signal's reason once the request is aborted, as fetch does. */
  | "hang";

export interface FetchCall {
  readonly url: string;
  readonly init: RequestInit;
  readonly at: number;
}

export interface FakeFetch {
  readonly fetch: typeof fetch;
  readonly calls: FetchCall[];
}

/** Replays `steps` in order; once they run out, the last one repeats. */
export function fakeFetch(...steps: Step[]): FakeFetch {
  const calls: FetchCall[] = [];
  const fetchImpl = async (input: RequestInfo | URL, init?: RequestInit): Promise<Response> => {
    calls.push({ url: String(input), init: init ?? {}, at: Date.now() });
    const step = steps[Math.min(calls.length - 1, steps.length - 1)];
    if (step === undefined) throw new Error("fakeFetch: no steps");
    if (step === "hang") {
      return new Promise<Response>((_, reject) => {
        const signal = init?.signal;
        if (signal === undefined || signal === null) return;
        if (signal.aborted) reject(signal.reason);
        signal.addEventListener("abort", () => reject(signal.reason), { once: true });
      });
    }
    if ("throws" in step) throw step.throws;
    return new Response(step.body ?? "", { status: step.status, headers: step.headers ?? {} });
  };
  return { fetch: fetchImpl, calls };
}
