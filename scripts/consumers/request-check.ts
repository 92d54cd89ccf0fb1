/**
 * The assertion every row ends with: the app made exactly one API request,
 * and it is the one `client.thread.listAll({ page_size: 5 })` must send with
 * `apiKey: "test-key"`. Returns the first difference, or undefined.
 */
import type { RecordedRequest } from "./api-server.ts";

/** What the request must be, field by field. */
export const EXPECTED_REQUEST = {
  method: "GET",
  path: "/api/v2/threads",
  query: [["page_size", "5"]] as const,
  authorization: "Api-Key test-key",
} as const;

export function checkRequest(requests: readonly RecordedRequest[]): string | undefined {
  if (requests.length !== 1) {
    const seen = requests.map((r) => `${r.method} ${r.url}`).join(", ");
    return `expected 1 API request, got ${requests.length}${seen === "" ? "" : `: ${seen}`}`;
  }
  const request = requests[0]!;
  const url = new URL(request.url, "http://127.0.0.1");
  const query = [...url.searchParams.entries()];
  const problems: string[] = [];
  if (request.method !== EXPECTED_REQUEST.method) problems.push(`method ${request.method}, want ${EXPECTED_REQUEST.method}`);
  if (url.pathname !== EXPECTED_REQUEST.path) problems.push(`path ${url.pathname}, want ${EXPECTED_REQUEST.path}`);
  if (JSON.stringify(query) !== JSON.stringify(EXPECTED_REQUEST.query)) {
    problems.push(`query ${url.search || "(none)"}, want ?page_size=5`);
  }
  const authorization = request.headers["authorization"];
  if (authorization !== EXPECTED_REQUEST.authorization) {
    problems.push(`authorization ${JSON.stringify(authorization)}, want ${JSON.stringify(EXPECTED_REQUEST.authorization)}`);
  }
  return problems.length === 0 ? undefined : problems.join("; ");
}
