/**
 * JSON text sequences (RFC 7464, `application/json-seq`), bytes to the text
 * of each value: every value starts with the record separator (RS, 0x1E) and
 * ends with a line feed. Consecutive separators and whitespace between
 * values are skipped. A value whose framing is wrong (text before the first
 * RS, no LF before the next RS or the end, as when a writer was cut off) is
 * still returned, with its fault, so the reader can say which value and why
 * rather than silently drop it. Pure: no I/O and no JSON parsing; state
 * carries over chunks, so any split gives the same values.
 */

const RS = "\u001e";

/** One value's text as framed on the wire (without its RS), and what is wrong with the framing, if anything. */
export interface SequenceText {
  readonly text: string;
  /** `no-rs`: text came before the first RS; `no-lf`: the value did not end with a line feed. */
  readonly fault?: "no-rs" | "no-lf";
}

export class JsonSeqParser {
  readonly #decoder = new TextDecoder("utf-8");
  /** Text after the last RS (or, before the first one, since the start), up to the end of the last chunk. */
  #text = "";
  /** Whether an RS has been seen: `#text` is then a value's text, not stray text before the sequence. */
  #framed = false;

  /** Feeds a chunk; returns the values it completed (each ended by the RS that starts the next), in order. */
  push(chunk: Uint8Array): SequenceText[] {
    const text = this.#decoder.decode(chunk, { stream: true });
    const values: SequenceText[] = [];
    let start = 0;
    for (let rs = text.indexOf(RS); rs !== -1; rs = text.indexOf(RS, start)) {
      this.#close(this.#text + text.slice(start, rs), values);
      this.#text = "";
      this.#framed = true;
      start = rs + 1;
    }
    this.#text += text.slice(start);
    return values;
  }

  /** Ends the stream: the value after the last RS is complete now. */
  end(): SequenceText[] {
    const values: SequenceText[] = [];
    this.#close(this.#text + this.#decoder.decode(), values);
    this.#text = "";
    return values;
  }

  #close(text: string, values: SequenceText[]): void {
    // Empty records (RS RS) and whitespace between values carry nothing.
    if (text.trim() === "") return;
    if (!this.#framed) values.push({ text, fault: "no-rs" });
    else if (!text.endsWith("\n")) values.push({ text, fault: "no-lf" });
    else values.push({ text });
  }
}
