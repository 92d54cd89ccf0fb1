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

const DATE = /^([0-9]{4})-([0-9]{2})-([0-9]{2})$/;
const TIME = /^([0-9]{2}):([0-9]{2}):([0-9]{2})(?:\.[0-9]+)?(?:[Zz]|([+-])([0-9]{2}):([0-9]{2}))$/;
const UUID = /^[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}$/;
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

function isDate(value: string): boolean {
  const match = DATE.exec(value);
  if (match === null) return false;
  const year = Number(match[1]);
  const month = Number(match[2]);
  const day = Number(match[3]);
  return month >= 1 && month <= 12 && day >= 1 && day <= daysIn(year, month);
}

function isTime(value: string): boolean {
  const match = TIME.exec(value);
  if (match === null) return false;
  const hour = Number(match[1]);
  const minute = Number(match[2]);
  const second = Number(match[3]);
  const offsetHour = match[5] === undefined ? 0 : Number(match[5]);
  const offsetMinute = match[6] === undefined ? 0 : Number(match[6]);
  if (hour > 23 || minute > 59 || second > 60 || offsetHour > 23 || offsetMinute > 59) return false;
  if (second < 60) return true;
  // A leap second is inserted at 23:59:60 UTC, so the local time minus its offset must land there.
  const sign = match[4] === "-" ? -1 : 1;
  const utcMinutes = (((hour * 60 + minute - sign * (offsetHour * 60 + offsetMinute)) % 1440) + 1440) % 1440;
  return utcMinutes === 23 * 60 + 59;
}

function isDateTime(value: string): boolean {
  const t = value.search(/[Tt]/);
  return t === 10 && isDate(value.slice(0, 10)) && isTime(value.slice(11));
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
  uuid: (value) => UUID.test(value),
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
