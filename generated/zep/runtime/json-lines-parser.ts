// Generated from spec/zep.yaml by wiregen. Edits are kept: regeneration merges them with the spec's changes.
/**
 * JSON Lines and NDJSON, bytes to the text of each value: one value a line,
 * lines ended by LF or CRLF, blank lines skipped, and a last line without
 * its line end still a value when the stream ends. Chunks may split
 * anything, a CRLF or a UTF-8 character included, so the decoder and the
 * line buffer carry state from one chunk to the next. Pure: no I/O, and no
 * JSON parsing, which `ItemStream` does so its errors can name the call.
 */

export class JsonLinesParser {
  // With `stream: true` the decoder keeps a split character for the next chunk; a leading BOM is dropped.
  readonly #decoder = new TextDecoder("utf-8");
  /** Text of the line being read, up to the end of the last chunk. */
  #line = "";

  /** Feeds a chunk; returns the text of each line it completed that is not blank, in order. */
  push(chunk: Uint8Array): string[] {
    return this.#lines(this.#decoder.decode(chunk, { stream: true }), false);
  }

  /** Ends the stream: a last line without its line end is a value too. */
  end(): string[] {
    return this.#lines(this.#decoder.decode(), true);
  }

  #lines(text: string, last: boolean): string[] {
    const values: string[] = [];
    let start = 0;
    for (let end = text.indexOf("\n"); end !== -1; end = text.indexOf("\n", start)) {
      this.#take(this.#line + text.slice(start, end), values);
      this.#line = "";
      start = end + 1;
    }
    this.#line += text.slice(start);
    if (last) {
      this.#take(this.#line, values);
      this.#line = "";
    }
    return values;
  }

  #take(line: string, values: string[]): void {
    // A CR before the LF belongs to the line end (CRLF), not to the value.
    const value = line.endsWith("\r") ? line.slice(0, -1) : line;
    if (value.trim() !== "") values.push(value);
  }
}
