/**
 * The typed fetch wrapper a user of openapi-typescript writes over its
 * `paths` type (it emits types only, so every user file that calls the API
 * carries one like this): the text of that wrapper, shared by the user files.
 */

/** The wrapper's source: `call<Operation>(method, path, input)`, sending `authorization` on every request. */
export function pathsFetchWrapper(authorization: string): string {
  return `// openapi-typescript emits types only: this is the minimal typed fetch wrapper a user writes over \`paths\`.
type Json<R> = R extends { content: { "application/json": infer J } } ? J : never;
type Success<O> = O extends { responses: infer R }
  ? R extends { 200: infer A } ? Json<A> : R extends { 201: infer B } ? Json<B> : undefined
  : never;
type Input<O> = (O extends { parameters: { path: infer P } } ? { path: P } : {}) &
  (O extends { parameters: { query?: infer Q } } ? { query?: Q } : {}) &
  (O extends { requestBody: { content: { "application/json": infer B } } } ? { body: B } : {});

const baseUrl = "http://127.0.0.1:9";

async function call<O>(method: "GET" | "POST", path: string, input: Input<O>): Promise<Success<O>> {
  const parts = input as {
    path?: Record<string, string | number>;
    query?: Record<string, string | number | boolean | undefined>;
    body?: unknown;
  };
  let url = path.replace(/\\{(\\w+)\\}/g, (_, name: string) => encodeURIComponent(String(parts.path?.[name] ?? "")));
  const query = new URLSearchParams();
  for (const [key, value] of Object.entries(parts.query ?? {})) if (value !== undefined) query.set(key, String(value));
  if ([...query].length > 0) url += \`?\${query}\`;
  const init: RequestInit = { method, headers: { authorization: ${JSON.stringify(authorization)}, "content-type": "application/json" } };
  if (parts.body !== undefined) init.body = JSON.stringify(parts.body);
  const response = await fetch(baseUrl + url, init);
  if (!response.ok) throw new Error(\`HTTP \${response.status}\`);
  return (await response.json()) as Success<O>;
}
`;
}
