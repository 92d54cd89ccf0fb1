/**
 * Shared pieces of the Zep wire tests: realistic sessions and pages, the
 * local base URL, and `ZEP_API_KEY` removed from the environment for each
 * test (and restored after) so no test depends on the machine it runs on.
 */
import { afterEach, beforeEach } from "vitest";
import type { Session, SessionListResponse } from "../../generated/zep/index.js";
import type { TestServer } from "../support/http-server.js";

export const API_KEY = "zep-test-key-3f9a1c";

/** The spec's server path kept under the local origin, as `baseUrl` must be given whole. */
export function baseUrlOf(server: TestServer): string {
  return `${server.origin}/api/v2`;
}

export function session(n: number): Session {
  return {
    uuid: `00000000-0000-4000-8000-${String(n).padStart(12, "0")}`,
    id: n,
    created_at: `2026-11-0${(n % 9) + 1}T09:15:27.120Z`,
    updated_at: `2026-11-2${n % 10}T17:03:41.508Z`,
    deleted_at: null,
    ended_at: null,
    session_id: `support-chat-${n}`,
    user_id: n % 2 === 0 ? null : `user-${n}`,
    metadata: { channel: "web" },
    project_uuid: "9a0c4e5d-71b2-4f3a-8c6d-5e4f3a2b1c0d",
  };
}

export function page(
  sessions: Session[],
  totalCount?: number,
): SessionListResponse | Omit<SessionListResponse, "total_count"> {
  return totalCount === undefined
    ? { sessions, response_count: sessions.length }
    : { sessions, total_count: totalCount, response_count: sessions.length };
}

/** Unsets `ZEP_API_KEY` around every test of the calling file. */
export function withoutZepApiKeyInEnv(): void {
  let saved: string | undefined;
  beforeEach(() => {
    saved = process.env["ZEP_API_KEY"];
    delete process.env["ZEP_API_KEY"];
  });
  afterEach(() => {
    if (saved === undefined) delete process.env["ZEP_API_KEY"];
    else process.env["ZEP_API_KEY"] = saved;
  });
}
