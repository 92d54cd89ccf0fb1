/**
 * JSON text sequences (RFC 7464, `application/json-seq`), bytes to values:
 * every value starts with the record separator (RS, 0x1E) and ends with a
 * line feed. A value may span lines, so the only way to know it is complete
 * at an LF is to parse what came since its RS: this parser does, and hands
 * out each value as soon as its last LF arrives rather than waiting for the
 * next RS (a live stream may pause for minutes between values). Consecutive
 * separators and whitespace between values are skipped. A value framed
 * wrongly (text before an RS, no LF before the next RS or the end, text that
 * is not JSON) is returned with what is wrong, so the reader can say which
 * item and why rather than drop it. Pure: no I/O; state carries over
 * chunks, so any split gives the same values.
 */

const RS = "\u001e";

/** One value, parsed, or the text of one that is malformed and what is wrong with it. */
export type SequenceValue =
  { readonly text: string; readonly value: unknown } | { readonly text: string; readonly fault: string };

export class JsonSeqParser {
  readonly #decoder = new TextDecoder("utf-8");
  /** Text since the last RS (or since the last value ended, or the start), up to the end of the last chunk. */
  #text = "";
  /** Whether `#text` follows an RS and no value was taken from it yet. */
  #framed = false;

  /** Feeds a chunk; returns the values it completed, in order. */
  push(chunk: Uint8Array): SequenceValue[] {
    return this.#read(this.#decoder.decode(chunk, { stream: true }));
  }

  /** Ends the stream: what follows the last RS is judged now. */
  end(): SequenceValue[] {
    const values = this.#read(this.#decoder.decode());
    this.#close(values);
    return values;
  }

  #read(text: string): SequenceValue[] {
    const values: SequenceValue[] = [];
    let start = 0;
    for (;;) {
      const rs = text.indexOf(RS, start);
      const lf = text.indexOf("\n", start);
      if (lf !== -1 && (rs === -1 || lf < rs)) {
        this.#text += text.slice(start, lf + 1);
        start = lf + 1;
        if (this.#framed) this.#tryValue(values);
      } else if (rs !== -1) {
        this.#text += text.slice(start, rs);
        start = rs + 1;
        this.#close(values);
        this.#framed = true;
      } else {
        this.#text += text.slice(start);
        return values;
      }
    }
  }

  /** At an LF: the text since the RS is a whole value when it parses (a value spanning lines does not yet). */
  #tryValue(values: SequenceValue[]): void {
    if (this.#text.trim() === "") return;
    let value: unknown;
    try {
      value = JSON.parse(this.#text) as unknown;
    } catch {
      return;
    }
    values.push({ text: this.#text, value });
    this.#text = "";
    this.#framed = false;
  }

  /** At an RS or the end: whatever is left of the record is malformed, unless it is only whitespace. */
  #close(values: SequenceValue[]): void {
    const text = this.#text;
    this.#text = "";
    // Empty records (RS RS) and whitespace between values carry nothing.
    if (text.trim() === "") return;
    if (!this.#framed) values.push({ text, fault: "text outside a record (not after a record separator, 0x1E)" });
    else if (!text.endsWith("\n"))
      values.push({ text, fault: "a value that does not end with a line feed (cut off?)" });
    else values.push({ text, fault: `not JSON (${jsonError(text)})` });
  }
}

/** What `JSON.parse` says is wrong with `text` (one that failed to parse at its LF). */
function jsonError(text: string): string {
  try {
    JSON.parse(text);
  } catch (error) {
    return error instanceof Error ? error.message : String(error);
  }
  return "unexpected end";
}
