// Generated from spec/zep.yaml by wiregen. Edits are kept: regeneration merges them with the spec's changes.
/**
 * JSON text sequences (RFC 7464, `application/json-seq`), bytes to values:
 * every value starts with the record separator (RS, 0x1E) and ends with a
 * line feed. A value may span lines, so the parser follows its structure
 * (brackets and strings) and hands it out at the first LF outside them,
 * rather than waiting for the next RS: a live stream may pause for minutes
 * between values. Each value is parsed once, there; following the structure
 * costs one pass over the text, however many lines a value has.
 * Consecutive separators and whitespace between values are skipped. A value
 * framed wrongly (text outside a record, no LF before the next RS or the
 * end, text that is not JSON) is returned with what is wrong, so the reader
 * can say which item and why rather than drop it. Pure: no I/O; state
 * carries over chunks, so any split gives the same values.
 */

const RS = 0x1e;
const LF = 0x0a;
const QUOTE = 0x22;
const BACKSLASH = 0x5c;

/** One value, parsed, or the text of one that is malformed and what is wrong with it. */
export type SequenceValue =
  { readonly text: string; readonly value: unknown } | { readonly text: string; readonly fault: string };

export class JsonSeqParser {
  readonly #decoder = new TextDecoder("utf-8");
  /** Text since the last RS (or since the last value ended, or the start), up to the last chunk's end. */
  #text = "";
  /** Whether `#text` follows an RS and no value was taken from it yet. */
  #framed = false;
  /** Brackets open in `#text`, and whether it ends inside a string (just after a backslash, in `#escaped`). */
  #depth = 0;
  #inString = false;
  #escaped = false;

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
    for (let i = 0; i < text.length; i++) {
      const c = text.charCodeAt(i);
      // An RS separates records wherever it appears: it cannot be part of JSON text.
      if (c === RS) {
        this.#text += text.slice(start, i);
        start = i + 1;
        this.#close(values);
        this.#framed = true;
        continue;
      }
      if (this.#inString) {
        if (this.#escaped) this.#escaped = false;
        else if (c === BACKSLASH) this.#escaped = true;
        else if (c === QUOTE) this.#inString = false;
      } else if (c === QUOTE) this.#inString = true;
      else if (c === 0x7b || c === 0x5b) this.#depth++;
      else if (c === 0x7d || c === 0x5d) this.#depth--;
      else if (c === LF && this.#framed && this.#depth <= 0) {
        this.#text += text.slice(start, i + 1);
        start = i + 1;
        this.#take(values);
      }
    }
    this.#text += text.slice(start);
    return values;
  }

  /** At an LF outside brackets and strings: the text since the RS is a whole value, or is not JSON. */
  #take(values: SequenceValue[]): void {
    const text = this.#text;
    // Only whitespace so far (an LF right after the RS): the value is still to come.
    if (text.trim() === "") return;
    try {
      values.push({ text, value: JSON.parse(text) as unknown });
    } catch (error) {
      values.push({ text, fault: `not JSON (${error instanceof Error ? error.message : String(error)})` });
    }
    this.#reset();
  }

  /** At an RS or the end: whatever is left of the record is malformed, unless it is only whitespace. */
  #close(values: SequenceValue[]): void {
    const text = this.#text;
    const framed = this.#framed;
    this.#reset();
    // Empty records (RS RS) and whitespace between values carry nothing.
    if (text.trim() === "") return;
    values.push(
      framed
        ? { text, fault: "a value that does not end with a line feed (cut off?)" }
        : { text, fault: "text outside a record (not after a record separator, 0x1E)" },
    );
  }

  #reset(): void {
    this.#text = "";
    this.#framed = false;
    this.#depth = 0;
    this.#inString = false;
    this.#escaped = false;
  }
}
