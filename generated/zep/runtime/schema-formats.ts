// Generated from spec/zep.yaml by wiregen. Edits are kept: regeneration merges them with the spec's changes.
/**
 * The string formats the validators check (`format` in a schema). Each check
 * is a small syntax test, written from the RFC it names, meant to catch data
 * that is plainly wrong, not to be a full parser:
 *
 * - `date-time`, `date`, `time`: RFC 3339 section 5.6: two-digit fields,
 *   days within the month (leap years counted), an offset required on times,
 *   and a leap second (`:60`) only where it falls on 23:59 UTC.
 * - `uuid`: RFC 4122's 8-4-4-4-12 hex layout; any version and variant.
 * - `email`: RFC 5321's mailbox: a dot-atom or quoted local part, then a
 *   hostname or an `[IPv4]` / `[IPv6:…]` literal. Internationalised
 *   addresses (RFC 6531) are not accepted.
 * - `uri`, `uri-reference`: RFC 3986 syntax (scheme, authority, percent
 *   escapes, allowed characters per part); an IP literal in brackets is
 *   checked as IPv6, a host outside brackets as a reg-name.
 * - `ipv4`: dotted quad, 0–255, no leading zeros. `ipv6`: RFC 4291 text
 *   form, `::` at most once, an IPv4 tail allowed; no zone id.
 * - `hostname`: RFC 1123 labels (letters, digits, inner hyphens, 63 bytes at
 *   most, 253 in all). Knowingly loose: `xn--` labels are not decoded, so
 *   the IDNA rules (RFC 5890–5893) on what they encode are not checked.
 *
 * Any other format is an annotation and passes, as JSON Schema 2020-12 lets
 * a validator choose.
 */

type FormatCheck = (value: string) => boolean;

const IPV4 = /^(?:(?:25[0-5]|2[0-4][0-9]|1[0-9][0-9]|[1-9]?[0-9])\.){3}(?:25[0-5]|2[0-4][0-9]|1[0-9][0-9]|[1-9]?[0-9])$/;
const HEX_GROUP = /^[0-9a-fA-F]{1,4}$/;
const LABEL = /^[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?$/;
// RFC 5322 atext: the characters a dot-atom local part may hold.
const DOT_ATOM = /^[A-Za-z0-9!#$%&'*+/=?^_`{|}~-]+(?:\.[A-Za-z0-9!#$%&'*+/=?^_`{|}~-]+)*$/;
// A quoted local part: printable ASCII, with `"` and `\` only when escaped.
const QUOTED = /^"(?:[\x20\x21\x23-\x5B\x5D-\x7E]|\\[\x20-\x7E])*"$/;

// RFC 3986 character classes, as regex source. `pchar` is what a path segment may hold.
const UNRESERVED = "A-Za-z0-9\\-._~";
const SUB_DELIMS = "!$&'()*+,;=";
const PCT = "%[0-9A-Fa-f]{2}";
const PCHAR = `(?:[${UNRESERVED}${SUB_DELIMS}:@]|${PCT})`;
const SCHEME = /^[A-Za-z][A-Za-z0-9+.-]*$/;
const USERINFO = new RegExp(`^(?:[${UNRESERVED}${SUB_DELIMS}:]|${PCT})*$`);
const REG_NAME = new RegExp(`^(?:[${UNRESERVED}${SUB_DELIMS}]|${PCT})*$`);
const PATH = new RegExp(`^(?:${PCHAR}|/)*$`);
const QUERY = new RegExp(`^(?:${PCHAR}|[/?])*$`);
const PORT = /^[0-9]*$/;
// RFC 3986 appendix B: splits any string into scheme, authority, path, query and fragment.
const URI_PARTS = /^(?:([^:/?#]+):)?(?:\/\/([^/?#]*))?([^?#]*)(?:\?([^#]*))?(?:#(.*))?$/;

function isLeapYear(year: number): boolean {
  return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
}

function daysIn(year: number, month: number): number {
  if (month === 2) return isLeapYear(year) ? 29 : 28;
  return month === 4 || month === 6 || month === 9 || month === 11 ? 30 : 31;
}

/**
 * The number written by `length` ASCII digits of `text` at `start`, or -1.
 * Dates and times are read by character code: they are the formats a
 * response holds most of, and a regex with captures costs several times more.
 */
function digitsAt(text: string, start: number, length: number): number {
  let n = 0;
  for (let i = start; i < start + length; i++) {
    const digit = text.charCodeAt(i) - 48;
    if (!(digit >= 0 && digit <= 9)) return -1;
    n = n * 10 + digit;
  }
  return n;
}

/** RFC 3339 full-date at `start`, exactly 10 characters. */
function isDateAt(text: string, start: number): boolean {
  const year = digitsAt(text, start, 4);
  const month = digitsAt(text, start + 5, 2);
  const day = digitsAt(text, start + 8, 2);
  return (
    text[start + 4] === "-" &&
    text[start + 7] === "-" &&
    year >= 0 &&
    month >= 1 &&
    month <= 12 &&
    day >= 1 &&
    day <= daysIn(year, month)
  );
}

function isDate(value: string): boolean {
  return value.length === 10 && isDateAt(value, 0);
}

/** RFC 3339 full-time from `start` to the end of `text`: `hh:mm:ss[.fraction](Z|±hh:mm)`. */
function isTimeFrom(text: string, start: number): boolean {
  const hour = digitsAt(text, start, 2);
  const minute = digitsAt(text, start + 3, 2);
  const second = digitsAt(text, start + 6, 2);
  if (text[start + 2] !== ":" || text[start + 5] !== ":" || hour < 0 || minute < 0 || second < 0) return false;
  let i = start + 8;
  if (text[i] === ".") {
    const fraction = ++i;
    while (digitsAt(text, i, 1) >= 0) i++;
    if (i === fraction) return false;
  }
  let offsetHour = 0;
  let offsetMinute = 0;
  let sign = 1;
  const zone = text[i];
  if (zone === "Z" || zone === "z") {
    if (i + 1 !== text.length) return false;
  } else if (zone === "+" || zone === "-") {
    if (i + 6 !== text.length || text[i + 3] !== ":") return false;
    offsetHour = digitsAt(text, i + 1, 2);
    offsetMinute = digitsAt(text, i + 4, 2);
    sign = zone === "-" ? -1 : 1;
  } else return false;
  if (hour > 23 || minute > 59 || second > 60 || offsetHour < 0 || offsetHour > 23 || offsetMinute < 0 || offsetMinute > 59)
    return false;
  if (second < 60) return true;
  // A leap second is inserted at 23:59:60 UTC, so the local time minus its offset must land there.
  const utcMinutes = (((hour * 60 + minute - sign * (offsetHour * 60 + offsetMinute)) % 1440) + 1440) % 1440;
  return utcMinutes === 23 * 60 + 59;
}

function isTime(value: string): boolean {
  return isTimeFrom(value, 0);
}

function isDateTime(value: string): boolean {
  const t = value[10];
  return (t === "T" || t === "t") && isDateAt(value, 0) && isTimeFrom(value, 11);
}

/** Whether `text` holds only hex digits from `start` to `end`. */
function isHexRun(text: string, start: number, end: number): boolean {
  for (let i = start; i < end; i++) {
    const code = text.charCodeAt(i);
    // `| 32` folds A–F onto a–f; the unsigned compares reject everything below as well as above.
    if (code - 48 >>> 0 > 9 && (code | 32) - 97 >>> 0 > 5) return false;
  }
  return true;
}

/** 8-4-4-4-12 hex digits, read by character code (ids are in nearly every response, and this beats a regex). */
function isUuid(value: string): boolean {
  return (
    value.length === 36 &&
    value.charCodeAt(8) === 45 &&
    value.charCodeAt(13) === 45 &&
    value.charCodeAt(18) === 45 &&
    value.charCodeAt(23) === 45 &&
    isHexRun(value, 0, 8) &&
    isHexRun(value, 9, 13) &&
    isHexRun(value, 14, 18) &&
    isHexRun(value, 19, 23) &&
    isHexRun(value, 24, 36)
  );
}

function isIpv6(value: string): boolean {
  const halves = value.split("::");
  if (halves.length > 2) return false;
  const groups = (part: string): string[] => (part === "" ? [] : part.split(":"));
  const head = groups(halves[0] ?? "");
  const tail = halves.length === 2 ? groups(halves[1] ?? "") : [];
  const all = [...head, ...tail];
  let width = all.length;
  const last = all[all.length - 1];
  // The last group may be an IPv4 address, which takes the room of two.
  if (last !== undefined && last.includes(".")) {
    if (!IPV4.test(last)) return false;
    all.pop();
    width += 1;
  }
  if (!all.every((group) => HEX_GROUP.test(group))) return false;
  return halves.length === 2 ? width <= 7 : width === 8;
}

function isHostname(value: string): boolean {
  if (value.length === 0 || value.length > 253) return false;
  return value.split(".").every((label) => LABEL.test(label));
}

function isEmail(value: string): boolean {
  const at = value.lastIndexOf("@");
  if (at <= 0) return false;
  const local = value.slice(0, at);
  const domain = value.slice(at + 1);
  if (!DOT_ATOM.test(local) && !QUOTED.test(local)) return false;
  if (domain.startsWith("[") && domain.endsWith("]")) {
    const literal = domain.slice(1, -1);
    return literal.startsWith("IPv6:") ? isIpv6(literal.slice(5)) : IPV4.test(literal);
  }
  return isHostname(domain);
}

function isAuthority(authority: string): boolean {
  const at = authority.lastIndexOf("@");
  if (at >= 0 && !USERINFO.test(authority.slice(0, at))) return false;
  const hostPort = authority.slice(at + 1);
  if (hostPort.startsWith("[")) {
    const close = hostPort.indexOf("]");
    if (close < 0 || !isIpv6(hostPort.slice(1, close))) return false;
    const rest = hostPort.slice(close + 1);
    return rest === "" || (rest.startsWith(":") && PORT.test(rest.slice(1)));
  }
  const colon = hostPort.lastIndexOf(":");
  const host = colon >= 0 ? hostPort.slice(0, colon) : hostPort;
  return REG_NAME.test(host) && (colon < 0 || PORT.test(hostPort.slice(colon + 1)));
}

/** RFC 3986: a URI when `absolute`, else a URI or a relative reference. */
function isUriReference(value: string, absolute: boolean): boolean {
  const match = URI_PARTS.exec(value);
  if (match === null) return false;
  const [, scheme, authority, path = "", query, fragment] = match;
  if (scheme === undefined) {
    if (absolute) return false;
    // A relative path's first segment may not hold a colon (it would read as a scheme).
    if (authority === undefined && /^[^/]*:/.test(path)) return false;
  } else if (!SCHEME.test(scheme)) return false;
  if (authority !== undefined && !isAuthority(authority)) return false;
  return PATH.test(path) && (query === undefined || QUERY.test(query)) && (fragment === undefined || QUERY.test(fragment));
}

const FORMATS: Readonly<Record<string, FormatCheck>> = {
  "date-time": isDateTime,
  date: isDate,
  time: isTime,
  uuid: isUuid,
  email: isEmail,
  uri: (value) => isUriReference(value, true),
  "uri-reference": (value) => isUriReference(value, false),
  ipv4: (value) => IPV4.test(value),
  ipv6: isIpv6,
  hostname: isHostname,
};

/** The check for `format`, or `undefined` for a format that is only an annotation here. */
export function formatCheck(format: string): FormatCheck | undefined {
  return Object.hasOwn(FORMATS, format) ? FORMATS[format] : undefined;
}
