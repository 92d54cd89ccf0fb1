/**
 * File names the generator writes from a document's names (`resources/<r>.ts`,
 * `entries/<r>.ts`): one gate, so the same client checks out on Linux, macOS
 * and Windows. A name that Windows reserves for a device (`con`, `nul`,
 * `com1`…, whatever follows the first dot), one that collides with another
 * once case and Unicode normalisation are ignored (as macOS and Windows file
 * systems do: `aé`/`aÉ`, `Å` U+00C5 / `Å` U+212B), or one too long for a file
 * system's 255-byte limit is renamed, and the caller is told why.
 */
import { createHash } from "node:crypto";

/** Windows device names: a file so named, with any extension, opens the device instead. */
const DEVICE_NAME = /^(con|prn|aux|nul|conin\$|conout\$|(com|lpt)[0-9¹²³])$/i;

/**
 * Longest base name kept as it is, in UTF-8 bytes: well below the 255-byte
 * limit of every file system, so `.ts` and a numbered suffix always fit, and
 * short enough that a deep checkout stays inside Windows' 260-character paths.
 */
const MAX_BASE_BYTES = 96;

/** What two names share when a case-insensitive, normalisation-insensitive file system sees one file. */
function foldKey(name: string): string {
  return name.normalize("NFKC").toUpperCase().toLowerCase().normalize("NFKC");
}

/** A long name cut at a code point boundary, with a hash of the whole so two long names stay apart. */
function shorten(name: string): string {
  const hash = createHash("sha256").update(name).digest("hex").slice(0, 8);
  let kept = "";
  for (const char of name) {
    if (Buffer.byteLength(kept + char) > MAX_BASE_BYTES - hash.length - 1) break;
    kept += char;
  }
  return `${kept}-${hash}`;
}

export interface ClaimedFileName {
  readonly name: string;
  /** Why `name` is not the candidate, for a warning; undefined when it is. */
  readonly renamed: string | undefined;
}

/** Hands out base names (no extension) that stay distinct on every file system. */
export class FileNameRegistry {
  /** Each name handed out, by its folded key. */
  readonly #taken = new Map<string, string>();

  claim(candidate: string): ClaimedFileName {
    const reasons: string[] = [];
    let base = candidate.normalize("NFC");
    if (Buffer.byteLength(base) > MAX_BASE_BYTES) {
      base = shorten(base);
      reasons.push(`is longer than ${MAX_BASE_BYTES} bytes`);
    }
    if (DEVICE_NAME.test(base.split(".")[0]!)) {
      base = `${base}-resource`;
      reasons.push("is a device name on Windows");
    }
    const clash = this.#taken.get(foldKey(base));
    let name = base;
    for (let n = 2; this.#taken.has(foldKey(name)); n++) name = `${base}${n}`;
    // Two resources that kebab-case alike are numbered as before, silently; a near-miss is worth a warning.
    if (clash !== undefined && clash !== candidate) {
      reasons.push(`differs from ${clash} only in case or Unicode normalisation, which macOS and Windows ignore`);
    }
    this.#taken.set(foldKey(name), name);
    return { name, renamed: reasons.length === 0 ? undefined : reasons.join(" and ") };
  }
}
