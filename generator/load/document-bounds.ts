/**
 * How big and how deep a document may be before loading gives up with a
 * located error, so that no hostile or broken document can exhaust the stack,
 * the heap or the clock of a run. Every later stage (the Swagger 2 converter,
 * the bundler, openapi-typescript, ts-morph) walks documents recursively, so
 * the bounds are enforced once, right after parsing, by iterative walks.
 */
import { formatPointer, type Pointer } from "./json-pointer.js";

/**
 * Nesting levels of objects and arrays. The deepest of the 2,639 APIs.guru
 * documents and the shared corpus is 34 levels (hsbc.com/product.json), and
 * a schema level costs two (`properties`, then the property): 256 leaves
 * room for schemas seven times deeper than any real one, while every later
 * recursive stage still has stack to spare at that depth.
 */
export const MAX_DEPTH = 256;

/**
 * Values (objects, arrays, scalars) in the document with every YAML alias
 * expanded, as every later walk sees it. The largest real document,
 * microsoft.com/graph-beta.json (47 MB), holds 1.5 million; a "billion laughs"
 * expands to hundreds of millions from a few lines.
 */
export const MAX_VALUES = 4_000_000;

/** A pointer short enough for a message: its start and end around an ellipsis when it is long. */
export function shortPointer(pointer: Pointer): string {
  if (pointer.length <= 12) return formatPointer(pointer);
  const head = formatPointer(pointer.slice(0, 6));
  const tail = formatPointer(pointer.slice(-4)).slice(1);
  return `${head}/…${tail} (${pointer.length} steps)`;
}
