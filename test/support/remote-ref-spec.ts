/** A one-operation OpenAPI document whose response schema is a `$ref` to `url`: the input of the remote-reference tests. */
export function specWithRemoteRef(url: string, operationId?: string): string {
  return [
    "openapi: 3.0.3",
    "info: { title: remote, version: '1' }",
    "paths:",
    "  /things:",
    "    get:",
    ...(operationId === undefined ? [] : [`      operationId: ${operationId}`]),
    "      responses:",
    "        '200':",
    "          description: ok",
    "          content:",
    "            application/json:",
    "              schema:",
    `                $ref: "${url}"`,
    "",
  ].join("\n");
}
