/**
 * OpenAI's document from the corpus converted in memory to OpenAPI 3.2, its
 * Chat Completions stream declared through `itemSchema` (see
 * openai-document.ts): the generated method still gives an
 * `EventStream<CreateChatCompletionStreamResponse>` with `stream: true`
 * (checked by the native TypeScript 7 under the strict flags), and the
 * client reads a Chat Completions stream from a local server up to
 * `data: [DONE]`.
 */
import { writeFile } from "node:fs/promises";
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
import { openaiAs32WithItemSchema } from "./openai-document.js";
import { streamHead, useSseServer } from "./sse-server.js";

const CALLS = `
import type { CreateChatCompletionParams, CreateChatCompletionStreamResponse, EventStream, OpenaiClient } from "./openai/index.ts";

declare const client: OpenaiClient;
declare const body: CreateChatCompletionParams["body"];

export async function calls(): Promise<void> {
  const stream: EventStream<CreateChatCompletionStreamResponse> = await client.chat.createChatCompletion({
    body: { ...body, stream: true },
  });
  for await (const chunk of stream) {
    const delta: string | null | undefined = chunk.data.choices[0]?.delta.content;
    void delta;
  }
}
`;

interface OpenaiModule {
  readonly OpenaiClient: new (options: object) => {
    chat: { createChatCompletion(params: object): PromiseLike<AsyncIterable<{ data: unknown }>> };
  };
}

describeWithCorpus("OpenAI's document as OpenAPI 3.2 with itemSchema", { timeout: 300_000 }, () => {
  const root = useScratchDir("wiregen-openai-32-");
  const server = useSseServer();
  let module: OpenaiModule | undefined;

  beforeAll(async () => {
    const spec = join(root, "openai.yaml");
    await writeFile(spec, await openaiAs32WithItemSchema());
    const result = await generate(spec);
    if (!result.ok) throw new Error(result.diagnostics.map(formatDiagnostic).join("\n"));
    await writeClients([{ outDir: join(root, "openai"), files: result.files }]);
    await writeFile(join(root, "calls.ts"), CALLS);
    await writeFile(join(root, "package.json"), JSON.stringify({ type: "module" }));
    module = (await import(pathToFileURL(join(root, "openai/index.ts")).href)) as OpenaiModule;
  }, 300_000);

  test("the stream's chunks are typed from the itemSchema's contentSchema (TypeScript 7, NodeNext, strict)", async () => {
    const tsconfig = join(root, "tsconfig.json");
    await writeFile(tsconfig, JSON.stringify({ compilerOptions: strictFlags("nodenext"), include: ["**/*.ts"] }));
    const { errors } = await compile(compilerOf("7.0.2"), tsconfig, { cwd: root });
    expect(errors, errors.join("\n")).toEqual([]);
  });

  test("a Chat Completions stream from a local server: typed chunks up to [DONE]", async () => {
    server.handle((res) => {
      streamHead(res);
      res.end(
        'data: {"id":"c1","object":"chat.completion.chunk","created":1,"model":"gpt-4o","choices":[{"index":0,"delta":{"content":"Str"},"finish_reason":null}]}\n\n' +
          'data: {"id":"c1","object":"chat.completion.chunk","created":1,"model":"gpt-4o","choices":[{"index":0,"delta":{"content":"eam"},"finish_reason":"stop"}]}\n\n' +
          "data: [DONE]\n\n" +
          'data: {"after":"the terminator"}\n\n',
      );
    });
    const client = new module!.OpenaiClient({ apiKeyAuth: "sk-test", baseUrl: server.origin, maxRetries: 0 });
    const stream = await client.chat.createChatCompletion({
      body: { model: "gpt-4o", messages: [{ role: "user", content: "hi" }], stream: true },
    });
    const chunks = await collect(stream);
    expect(chunks).toHaveLength(2);
    const text = chunks
      .map((e) => (e.data as { choices: Array<{ delta: { content: string } }> }).choices[0]!.delta.content)
      .join("");
    expect(text).toBe("Stream");
    expect(server.requests[0]?.headers["accept"]).toBe("text/event-stream");
    expect(JSON.parse(server.requests[0]!.body)).toMatchObject({ stream: true });
  });
});
