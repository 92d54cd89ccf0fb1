// Generated from spec/zep.yaml by wiregen. Do not edit.
// @ts-self-types="./stream-request.d.ts"
/** True for every call of a stream-only operation, else when the params set the selector to `true`. */
export function streamRequested(op, params) {
  const stream = op.stream;
  if (stream === undefined) return false;
  if (stream.selector === undefined) return true;
  const holder = stream.selectorIn === "body" ? params["body"] : params;
  return typeof holder === "object" && holder !== null && holder[stream.selector] === true;
}
