/**
 * OpenAPI 3.2 tag `parent` and `kind` in the model: nested resources from the
 * tags alone, tags that are not for navigation making no resource, x-sdk-method
 * winning over a tag's place, and located diagnostics for a broken `parent`.
 */
import { describe, expect, it } from "vitest";
import type { ClientModel } from "../../../generator/model/ir.js";
import { documentWith, modelOf } from "../helpers/model-of.js";
import { positionOf } from "../helpers/source-position.js";

const ok = { description: "OK" };
const op = (operationId: string, tags: unknown[], extra: Record<string, unknown> = {}) => ({
  get: { operationId, tags, responses: { "200": ok }, ...extra },
});

function doc32(tags: unknown[], paths: Record<string, unknown>, openapi = "3.2.0"): Record<string, unknown> {
  return documentWith({ openapi, tags, paths });
}

/** Each resource as `path: method, method` (its own operations only). */
function tree(model: ClientModel): string[] {
  return model.groups.map((g) => `${g.path.join(".")}: ${g.operations.map((o) => o.methodName).join(", ")}`);
}

const shelfTags = [
  { name: "shelf", summary: "Shelves", description: "The shelves of a store." },
  { name: "book", parent: "shelf", summary: "Books", description: "Books on a shelf." },
  { name: "page", parent: "book" },
  { name: "beta", kind: "badge" },
  { name: "readers", kind: "audience" },
];
const shelfPaths = {
  "/shelves": op("listShelves", ["shelf"]),
  "/books": op("listBooks", ["beta", "book"]),
  "/pages": op("listPages", ["page", "shelf"]),
  "/badged": op("ping", ["readers"]),
};

describe("tag parent and kind (OpenAPI 3.2)", () => {
  it("a tag with a parent is a resource nested under its parent's; badge and audience tags make none", async () => {
    const { model, diagnostics } = await modelOf(doc32(shelfTags, shelfPaths));
    expect(diagnostics).toEqual([]);
    expect(tree(model)).toEqual(["shelf: listShelves", "shelf.book: listBooks", "shelf.book.page: listPages", "default: ping"]);
    const book = model.groups.find((g) => g.path.join(".") === "shelf.book")!;
    expect([book.className, book.fileName, book.tag]).toEqual(["ShelfBookResource", "shelf-book", "book"]);
    // The tag's 3.2 summary and description become the resource's docs.
    expect(book.docs).toEqual({ summary: "Books", description: "Books on a shelf." });
    expect(model.groups[0]!.children.map((c) => c.propertyName)).toEqual(["book"]);
  });

  it("kind nav makes a resource like no kind; an unknown kind makes none", async () => {
    const { model } = await modelOf(
      doc32([{ name: "a", kind: "nav" }, { name: "b", kind: "internal-note" }], {
        "/a": op("first", ["a"]),
        "/b": op("second", ["b"]),
      }),
    );
    expect(tree(model)).toEqual(["a: first", "default: second"]);
  });

  it("in a 3.1 document parent and kind are not read: every tag stays a top-level resource", async () => {
    const { model } = await modelOf(doc32(shelfTags, shelfPaths, "3.1.0"));
    expect(tree(model)).toEqual(["shelf: listShelves", "page: listPages", "beta: listBooks", "readers: ping"]);
  });

  it("x-sdk-method wins over the tag's place, with a warning at x-sdk-method saying so", async () => {
    const document = doc32(shelfTags, {
      "/books": op("listBooks", ["book"], { "x-sdk-method": "catalog.books.list" }),
      "/agree": op("listAgain", ["book"], { "x-sdk-method": "shelf.book.again" }),
    });
    const { model, diagnostics, text } = await modelOf(document);
    expect(tree(model)).toEqual(["shelf: ", "shelf.book: again", "catalog: ", "catalog.books: list"]);
    const at = positionOf(text, '"x-sdk-method": "catalog');
    expect(diagnostics).toEqual([
      `acme.json:${at.line}:${at.column}: warning: x-sdk-method places this operation in \`catalog.books\`; its tag "book" (nested by \`parent\` as "shelf" → "book") would place it in \`shelf.book\`. x-sdk-method wins\n  fix: remove x-sdk-method to let the tag tree place the operation, or make the two agree`,
    ]);
  });

  it("a nested tag documents the x-sdk-method resource at its place, not a top-level one of the same name", async () => {
    const { model } = await modelOf(
      doc32([{ name: "shelf" }, { name: "book", parent: "shelf", description: "Books on a shelf." }], {
        "/a": op("listA", ["shelf"], { "x-sdk-method": "shelf.book.list" }),
        "/b": op("listB", ["shelf"], { "x-sdk-method": "book.list" }),
      }),
    );
    const docs = Object.fromEntries(model.groups.map((g) => [g.path.join("."), g.docs.description]));
    expect(docs).toEqual({ shelf: undefined, "shelf.book": "Books on a shelf.", book: undefined });
  });

  it("a parent naming no tag is a warning at that parent, and the tag's resource is at the top", async () => {
    const document = doc32([{ name: "book", parent: "shelff" }], { "/books": op("listBooks", ["book"]) });
    const { model, diagnostics, text } = await modelOf(document);
    expect(tree(model)).toEqual(["book: listBooks"]);
    const at = positionOf(text, '"parent": "shelff"');
    expect(diagnostics).toEqual([
      `acme.json:${at.line}:${at.column}: warning: the tag "book" names the parent "shelff", but no tag in \`tags\` has that name, so its resource is placed at the top of the client\n  fix: declare a tag named "shelff" in \`tags\`, or correct the name in \`parent\``,
    ]);
  });

  it("a parent that is a badge is a warning, and the tag's resource is at the top", async () => {
    const { model, diagnostics } = await modelOf(
      doc32([{ name: "beta", kind: "badge" }, { name: "book", parent: "beta" }], { "/books": op("listBooks", ["book"]) }),
    );
    expect(tree(model)).toEqual(["book: listBooks"]);
    expect(diagnostics).toHaveLength(1);
    expect(diagnostics[0]).toContain('names the parent "beta", whose `kind` is not navigation');
  });

  it("a parent cycle is one error at the parent that closes it, with a fix", async () => {
    const document = doc32(
      [
        { name: "a", parent: "c" },
        { name: "b", parent: "a" },
        { name: "c", parent: "b" },
        { name: "d", parent: "a" },
      ],
      { "/a": op("one", ["a"]), "/d": op("two", ["d"]) },
    );
    const { diagnostics, text } = await modelOf(document);
    const at = positionOf(text, '"parent": "a"');
    expect(diagnostics).toEqual([
      `acme.json:${at.line}:${at.column}: error: the tag parents go round in a circle ("a" → "c" → "b" → "a"), so none of these tags has a place in the client's resource tree\n  fix: remove \`parent\` from one of these tags (the one that should be at the top)`,
    ]);
  });

  it("a tag that is its own parent is a cycle too", async () => {
    const { diagnostics } = await modelOf(doc32([{ name: "a", parent: "a" }], { "/a": op("one", ["a"]) }));
    expect(diagnostics).toHaveLength(1);
    expect(diagnostics[0]).toContain('error: the tag parents go round in a circle ("a" → "a")');
  });
});
