/**
 * encode-body: each request encoder (JSON, URL-encoded form, multipart,
 * binary, text), the Content-Type it sets or leaves to fetch, and whether the
 * result can be sent again on a retry. (An absent body is never encoded:
 * build-request.test.ts covers it.)
 */
import { describe, expect, test } from "vitest";
import {
  binaryBody,
  formBody,
  jsonBody,
  multipartBody,
  textBody,
  type BodyEncoder,
  type EncodedBody,
} from "../../generator/runtime/encode-body.js";
import type { BodyRecord, BodySpec } from "../../generator/runtime/operation.js";

const ENCODERS: Record<BodySpec["encoding"], BodyEncoder> = {
  json: jsonBody,
  form: formBody,
  multipart: multipartBody,
  binary: binaryBody,
  text: textBody,
};

/** The record a resource file would write for `encoding`. */
function spec(encoding: BodySpec["encoding"], mediaType: string, extra: Partial<BodyRecord> = {}): BodyRecord {
  return { encoding: ENCODERS[encoding], mediaType, required: true, ...extra };
}

/** Encodes as build-request does, with `replayable` spelled out (an encoder leaves it out when true). */
function encodeBody(record: BodyRecord, value: unknown): Required<EncodedBody> {
  const encoded = record.encoding(record, value);
  return { ...encoded, replayable: encoded.replayable !== false };
}

/** What fetch would put on the wire for `body` and the headers it would choose. */
async function wire(
  body: BodyInit | undefined,
  contentType: string | undefined,
): Promise<{ text: string; type: string }> {
  const request = new Request("http://127.0.0.1/", {
    method: "POST",
    body: body ?? null,
    ...(contentType === undefined ? {} : { headers: { "content-type": contentType } }),
  });
  return { text: await request.text(), type: request.headers.get("content-type") ?? "" };
}

describe("encodeBody: json", () => {
  const cases: Array<[string, { given: unknown; want: string }]> = [
    ["object", { given: { a: 1, b: [true, null], c: "é" }, want: '{"a":1,"b":[true,null],"c":"é"}' }],
    ["array", { given: [1, 2], want: "[1,2]" }],
    ["zero", { given: 0, want: "0" }],
    ["false", { given: false, want: "false" }],
    ["null", { given: null, want: "null" }],
    ["empty string", { given: "", want: '""' }],
    [
      "Date as ISO string",
      { given: { at: new Date("2025-01-02T03:04:05.000Z") }, want: '{"at":"2025-01-02T03:04:05.000Z"}' },
    ],
  ];
  test.each(cases)("%s", (_, { given, want }) => {
    const encoded = encodeBody(spec("json", "application/json"), given);
    expect(encoded).toEqual({ body: want, contentType: "application/json", replayable: true });
  });

  test("keeps a vendor JSON media type", () => {
    expect(encodeBody(spec("json", "application/merge-patch+json"), {}).contentType).toBe(
      "application/merge-patch+json",
    );
  });
});

describe("encodeBody: text", () => {
  test("sends the string with the spec's media type", () => {
    expect(encodeBody(spec("text", "text/plain"), "hello")).toEqual({
      body: "hello",
      contentType: "text/plain",
      replayable: true,
    });
  });
  test("numbers become their text", () => {
    expect(encodeBody(spec("text", "text/plain"), 0).body).toBe("0");
  });
});

describe("encodeBody: form", () => {
  const cases: Array<[string, { given: Record<string, unknown>; want: string }]> = [
    ["flat fields", { given: { name: "Ada Lovelace", age: 36 }, want: "name=Ada+Lovelace&age=36" }],
    [
      "zero, false and empty are sent; undefined is not",
      { given: { a: 0, b: false, c: "", d: undefined }, want: "a=0&b=false&c=" },
    ],
    [
      "nested object uses brackets",
      {
        given: { card: { number: "4242", exp: { month: 1 } } },
        want: "card%5Bnumber%5D=4242&card%5Bexp%5D%5Bmonth%5D=1",
      },
    ],
    ["array of scalars repeats the name", { given: { tags: ["a", "b"] }, want: "tags=a&tags=b" }],
    [
      "array of objects is indexed",
      { given: { items: [{ id: 1 }, { id: 2 }] }, want: "items%5B0%5D%5Bid%5D=1&items%5B1%5D%5Bid%5D=2" },
    ],
    [
      "Date as ISO string",
      { given: { at: new Date("2025-01-02T03:04:05.000Z") }, want: "at=2025-01-02T03%3A04%3A05.000Z" },
    ],
    ["reserved characters are encoded", { given: { q: "a&b=c+d" }, want: "q=a%26b%3Dc%2Bd" }],
  ];
  test.each(cases)("%s", (_, { given, want }) => {
    expect(encodeBody(spec("form", "application/x-www-form-urlencoded"), given)).toEqual({
      body: want,
      contentType: "application/x-www-form-urlencoded",
      replayable: true,
    });
  });

  test("decodes back to the bracket names", () => {
    const { body } = encodeBody(spec("form", "application/x-www-form-urlencoded"), { a: { b: "x" } });
    expect([...new URLSearchParams(body as string)]).toEqual([["a[b]", "x"]]);
  });
});

describe("encodeBody: multipart", () => {
  test("builds FormData and leaves Content-Type to fetch, which adds the boundary", async () => {
    const encoded = encodeBody(spec("multipart", "multipart/form-data"), { name: "doc", count: 0, flag: false });
    expect(encoded.contentType).toBeUndefined();
    expect(encoded.replayable).toBe(true);
    expect(encoded.body).toBeInstanceOf(FormData);
    const { type, text } = await wire(encoded.body, encoded.contentType);
    expect(type).toMatch(/^multipart\/form-data; boundary=/);
    expect(text).toContain('name="name"\r\n\r\ndoc');
    expect(text).toContain('name="count"\r\n\r\n0');
    expect(text).toContain('name="flag"\r\n\r\nfalse');
  });

  test("a Blob becomes a file part with its bytes and type", async () => {
    const file = new Blob(["hello"], { type: "text/plain" });
    const form = encodeBody(spec("multipart", "multipart/form-data"), { file }).body as FormData;
    const part = form.get("file");
    expect(part).toBeInstanceOf(Blob);
    expect(await (part as Blob).text()).toBe("hello");
    expect((part as Blob).type).toBe("text/plain");
    const { text } = await wire(form, undefined);
    expect(text).toMatch(/name="file"; filename="blob"\r\nContent-Type: text\/plain\r\n\r\nhello/);
  });

  test("a File keeps its name", () => {
    const file = new File(["x"], "notes.txt", { type: "text/plain" });
    const form = encodeBody(spec("multipart", "multipart/form-data"), { file }).body as FormData;
    expect((form.get("file") as File).name).toBe("notes.txt");
  });

  test("arrays are sent as repeated parts of the same name", async () => {
    const form = encodeBody(spec("multipart", "multipart/form-data"), {
      tags: ["a", "b"],
      files: [new Blob(["1"]), new Blob(["2"])],
    }).body as FormData;
    expect(form.getAll("tags")).toEqual(["a", "b"]);
    const files = form.getAll("files");
    expect(files).toHaveLength(2);
    expect(await Promise.all(files.map((f) => (f as Blob).text()))).toEqual(["1", "2"]);
  });

  test("undefined fields are skipped", () => {
    const form = encodeBody(spec("multipart", "multipart/form-data"), { a: "x", b: undefined }).body as FormData;
    expect([...form.keys()]).toEqual(["a"]);
  });

  test("bytes become a Blob part with the part type from the spec's encoding map", async () => {
    const form = encodeBody(spec("multipart", "multipart/form-data", { partTypes: { image: "image/png" } }), {
      image: new Uint8Array([1, 2, 3]),
    }).body as FormData;
    const part = form.get("image") as Blob;
    expect(part.type).toBe("image/png");
    expect([...new Uint8Array(await part.arrayBuffer())]).toEqual([1, 2, 3]);
  });

  test("a JSON part is one JSON Blob, arrays included", async () => {
    const form = encodeBody(spec("multipart", "multipart/form-data", { partTypes: { meta: "application/json" } }), {
      meta: [{ a: 1 }],
    }).body as FormData;
    const parts = form.getAll("meta");
    expect(parts).toHaveLength(1);
    expect((parts[0] as Blob).type).toBe("application/json");
    expect(await (parts[0] as Blob).text()).toBe('[{"a":1}]');
  });

  test("an object without a part type is sent as JSON text", () => {
    const form = encodeBody(spec("multipart", "multipart/form-data"), { meta: { a: 1 } }).body as FormData;
    expect(form.get("meta")).toBe('{"a":1}');
  });
});

describe("encodeBody: binary", () => {
  test("a Blob is sent as is with the spec's specific media type", () => {
    const blob = new Blob(["abc"]);
    expect(encodeBody(spec("binary", "application/pdf"), blob)).toEqual({
      body: blob,
      contentType: "application/pdf",
      replayable: true,
    });
  });

  test("a wildcard media type leaves Content-Type to the Blob", async () => {
    const blob = new Blob(["abc"], { type: "image/png" });
    const encoded = encodeBody(spec("binary", "image/*"), blob);
    expect(encoded.contentType).toBeUndefined();
    expect((await wire(encoded.body, encoded.contentType)).type).toBe("image/png");
  });

  test("bytes are sent as is", () => {
    const bytes = new Uint8Array([0, 255]);
    expect(encodeBody(spec("binary", "application/octet-stream"), bytes).body).toBe(bytes);
    const buffer = new ArrayBuffer(2);
    expect(encodeBody(spec("binary", "application/octet-stream"), buffer).body).toBe(buffer);
  });

  test("a stream is sent but marked not replayable, so it is never retried", () => {
    const stream = new ReadableStream<Uint8Array>();
    expect(encodeBody(spec("binary", "application/octet-stream"), stream)).toEqual({
      body: stream,
      contentType: "application/octet-stream",
      replayable: false,
    });
  });

  test("a string is sent as text", () => {
    expect(encodeBody(spec("binary", "application/octet-stream"), "raw").body).toBe("raw");
  });
});

describe("encodeBody: form properties with an encoding style", () => {
  const cases: Array<[string, { given: { fieldStyles: NonNullable<BodySpec["fieldStyles"]>; value: object }; want: string }]> = [
    [
      "an array in form style, not exploded, is one comma-joined field",
      { given: { fieldStyles: { tags: { style: "form", explode: false } }, value: { tags: ["a", "b"] } }, want: "tags=a,b" },
    ],
    [
      "pipeDelimited joins with |",
      { given: { fieldStyles: { tags: { style: "pipeDelimited" } }, value: { tags: ["a", "b"] } }, want: "tags=a|b" },
    ],
    [
      "an object in exploded form style spreads its keys, as the spec says",
      { given: { fieldStyles: { meta: { explode: true } }, value: { meta: { a: "1", b: "x y" } } }, want: "a=1&b=x%20y" },
    ],
    [
      "deepObject keeps brackets",
      { given: { fieldStyles: { meta: { style: "deepObject", explode: true } }, value: { meta: { a: "1" } } }, want: "meta%5Ba%5D=1" },
    ],
    [
      "properties without an encoding keep brackets, in order with the others",
      {
        given: { fieldStyles: { tags: { style: "form", explode: false } }, value: { name: "n", tags: ["a", "b"], meta: { a: 1 } } },
        want: "name=n&tags=a,b&meta%5Ba%5D=1",
      },
    ],
  ];
  test.each(cases)("%s", (_, { given, want }) => {
    const spec: BodyRecord = {
      mediaType: "application/x-www-form-urlencoded",
      encoding: formBody,
      required: true,
      fieldStyles: given.fieldStyles,
    };
    expect(encodeBody(spec, given.value).body).toBe(want);
  });
});
