/**
 * OpenAI's document from the corpus, with the streaming extensions it lacks
 * (see openai-document.ts), generates typed streams that compile under the
 * strict flags: `stream: true` in Chat Completions' body gives an
 * `EventStream<CreateChatCompletionStreamResponse>`, no `stream` the JSON
 * reply. The generated client then reads a Chat Completions stream from a
 * local server up to `data: [DONE]`.
 */
import { mkdir, writeFile } from "node:fs/promises";
import { join } from "node:path";
import { pathToFileURL } from "node:url";
import { beforeAll, expect, test } from "vitest";
import { formatDiagnostic } from "../../generator/check/diagnostic.js";
import { generate } from "../../generator/generate.js";
import { writeClients } from "../../generator/write/write-atomic.js";
import { compile, compilerOf } from "../support/compilers.js";
import { collect } from "../support/collect.js";
import { useScratchDir } from "../support/scratch-dir.js";
import { describeWithCorpus } from "../support/shared-corpus.js";
import { strictFlags } from "../support/strict-flags.js";
import { OPENAI_DOCUMENT, openaiWithStreaming } from "./openai-document.js";
import { streamHead, useSseServer } from "./sse-server.js";

/** Calls whose types must hold: each `@ts-expect-error` line must be an error, everything else must compile. */
const CALLS = `
import type {
  CreateChatCompletionParams,
  CreateChatCompletionResponse,
  CreateChatCompletionStreamResponse,
  CreateImageParams,
  CreateResponseParams,
  EventStream,
  ImageGenStreamEvent,
  ImagesResponse,
  OpenaiClient,
  ResponseStreamEvent,
} from "./openai/index.ts";

declare const client: OpenaiClient;
// Whole bodies as a caller builds them (openapi-typescript makes every property with a default required).
declare const body: CreateChatCompletionParams["body"];
declare const responseBody: NonNullable<CreateResponseParams["body"]>;
declare const imageParams: CreateImageParams;

export async function calls(): Promise<void> {
  const stream: EventStream<CreateChatCompletionStreamResponse> = await client.chat.createChatCompletion({
    body: { ...body, stream: true },
  });
  for await (const chunk of stream) {
    const delta: string | null | undefined = chunk.data.choices[0]?.delta.content;
    void delta;
    // @ts-expect-error a chunk's choice carries a \`delta\`; \`message\` belongs to the whole reply
    void chunk.data.choices[0]?.message;
  }
  const reply: CreateChatCompletionResponse = await client.chat.createChatCompletion({ body: { ...body, stream: false } });
  // @ts-expect-error without stream: true the reply is not a stream
  const wrong: EventStream<CreateChatCompletionStreamResponse> = await client.chat.createChatCompletion({
    body: { ...body, stream: false },
  });
  void [reply, wrong];

  const events: EventStream<ResponseStreamEvent> = await client.responses.createResponse({
    body: { ...responseBody, stream: true },
  });
  for await (const event of events) if (event.data.type === "response.output_text.delta") void event.data.delta;

  const images: EventStream<ImageGenStreamEvent> = await client.images.createImage({ ...imageParams, stream: true });
  const image: ImagesResponse = await client.images.createImage({ ...imageParams, stream: false });
  void [images, image];
}
`;

interface OpenaiModule {
  readonly OpenaiClient: new (options: object) => {
    chat: { createChatCompletion(params: object): PromiseLike<AsyncIterable<{ data: unknown }>> };
  };
}

describeWithCorpus("OpenAI's document", { timeout: 300_000 }, () => {
  const root = useScratchDir("wiregen-openai-");
  const server = useSseServer();
  let module: OpenaiModule | undefined;

  beforeAll(async () => {
    const spec = join(root, "openai.yaml");
    await writeFile(spec, await openaiWithStreaming());
    const result = await generate(spec);
    if (!result.ok) throw new Error(result.diagnostics.map(formatDiagnostic).join("\n"));
    await writeClients([{ outDir: join(root, "openai"), files: result.files }]);
    await writeFile(join(root, "calls.ts"), CALLS);
    await writeFile(join(root, "package.json"), JSON.stringify({ type: "module" }));
    module = (await import(pathToFileURL(join(root, "openai/index.ts")).href)) as OpenaiModule;
  }, 300_000);

  test("generates typed streams that compile under the strict flags (TypeScript 7, NodeNext)", async () => {
    const tsconfig = join(root, "tsconfig.json");
    await writeFile(tsconfig, JSON.stringify({ compilerOptions: strictFlags("nodenext"), include: ["**/*.ts"] }));
    const { errors } = await compile(compilerOf("7.0.2"), tsconfig, { cwd: root });
    expect(errors, errors.join("\n")).toEqual([]);
  });

  test("each @ts-expect-error in the calls is a real type error", async () => {
    // The same calls without the directives: exactly the two marked lines fail.
    await mkdir(join(root, "bad"), { recursive: true });
    const bad = CALLS.replaceAll("./openai/index.ts", "../openai/index.ts").replaceAll("// @ts-expect-error", "//");
    await writeFile(join(root, "bad/calls.ts"), bad);
    const tsconfig = join(root, "tsconfig.bad.json");
    await writeFile(tsconfig, JSON.stringify({ compilerOptions: strictFlags("nodenext"), files: ["bad/calls.ts"] }));
    const { errors } = await compile(compilerOf("7.0.2"), tsconfig, { cwd: root });
    const marked = CALLS.split("\n").flatMap((line, i) => (line.includes("@ts-expect-error") ? [i + 2] : []));
    expect(errors.map((e) => Number(/^bad\/calls\.ts\((\d+),/.exec(e)?.[1]))).toEqual(marked);
  });

  test("a Chat Completions stream from a local server: typed chunks up to [DONE]", async () => {
    server.handle((res) => {
      streamHead(res);
      res.end(
        'data: {"id":"c1","object":"chat.completion.chunk","created":1,"model":"gpt-4o","choices":[{"index":0,"delta":{"content":"Hel"},"finish_reason":null}]}\n\n' +
          'data: {"id":"c1","object":"chat.completion.chunk","created":1,"model":"gpt-4o","choices":[{"index":0,"delta":{"content":"lo"},"finish_reason":"stop"}]}\n\n' +
          "data: [DONE]\n\n",
      );
    });
    const client = new module!.OpenaiClient({ apiKeyAuth: "sk-test", baseUrl: server.origin, maxRetries: 0 });
    const stream = await client.chat.createChatCompletion({
      body: { model: "gpt-4o", messages: [{ role: "user", content: "hi" }], stream: true },
    });
    const text = (await collect(stream))
      .map((e) => (e.data as { choices: Array<{ delta: { content: string } }> }).choices[0]!.delta.content)
      .join("");
    expect(text).toBe("Hello");
    expect(server.requests[0]?.url).toBe("/chat/completions");
    expect(server.requests[0]?.headers["accept"]).toBe("text/event-stream");
    expect(server.requests[0]?.headers["authorization"]).toBe("Bearer sk-test");
  });
});
