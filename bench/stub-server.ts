/**
 * Child process for the runtime measurement: a node:http server on 127.0.0.1
 * (random port, printed as `{"port":N}` on the first stdout line) answering
 * every request with the same 200 JSON page of ten Zep sessions. Runs until
 * killed.
 *
 * Usage: node --import tsx bench/stub-server.ts
 */
import { createServer } from "node:http";
import type { AddressInfo } from "node:net";

function sessionsPage(): string {
  const sessions = Array.from({ length: 10 }, (_, i) => ({
    uuid: `00000000-0000-4000-8000-${String(i).padStart(12, "0")}`,
    id: i + 1,
    session_id: `session-${i}`,
    user_id: `user-${i}`,
    created_at: "2025-01-01T00:00:00Z",
    updated_at: "2025-01-02T00:00:00Z",
    deleted_at: null,
    ended_at: null,
    metadata: { source: "bench" },
    project_uuid: "00000000-0000-4000-8000-000000000000",
  }));
  return JSON.stringify({ sessions, total_count: 10, response_count: 10 });
}

function serve(): void {
  const body = Buffer.from(sessionsPage());
  const server = createServer((request, response) => {
    request.resume();
    request.on("end", () => {
      response.writeHead(200, { "content-type": "application/json", "content-length": body.length });
      response.end(body);
    });
  });
  server.listen(0, "127.0.0.1", () => {
    console.log(JSON.stringify({ port: (server.address() as AddressInfo).port }));
  });
}

serve();
