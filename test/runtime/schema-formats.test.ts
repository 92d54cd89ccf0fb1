/**
 * The string formats (generator/runtime/schema-formats.ts), as a table of
 * values each format accepts and refuses. The JSON Schema Test Suite's format
 * files run in schema-conformance.test.ts; these rows pin what a response
 * typically holds, and what the module comment calls knowingly loose.
 */
import { describe, expect, it } from "vitest";
import { formatCheck } from "../../generator/runtime/schema-formats.js";

const rows: ReadonlyArray<readonly [string, { readonly accepts: readonly string[]; readonly refuses: readonly string[] }]> = [
  ["date-time", {
    accepts: ["2024-05-01T12:34:56Z", "2024-05-01t12:34:56.789+02:00", "2024-02-29T00:00:00Z", "1998-12-31T23:59:60Z"],
    refuses: ["2023-02-29T00:00:00Z", "2024-05-01 12:34:56Z", "2024-05-01T12:34:56", "2024-05-01T24:00:00Z", "2024-05-01T12:34:56.Z"],
  }],
  ["date", { accepts: ["2024-05-01", "2000-02-29"], refuses: ["2024-5-01", "1900-02-29", "2024-04-31", "2024-05-01T00:00:00Z"] }],
  ["time", { accepts: ["08:30:06Z", "23:59:60Z", "15:59:60-08:00"], refuses: ["08:30:06", "22:59:60Z", "08:30:06 PST"] }],
  ["uuid", {
    accepts: ["123e4567-e89b-12d3-a456-426614174000", "00000000-0000-0000-0000-000000000000", "ABCDEF01-2345-6789-ABCD-EF0123456789"],
    refuses: ["123e4567e89b12d3a456426614174000", "123e4567-e89b-12d3-a456-42661417400g", "{123e4567-e89b-12d3-a456-426614174000}"],
  }],
  ["email", {
    accepts: ["joe.bloggs@example.com", '"joe bloggs"@example.com', "joe@[127.0.0.1]", "joe@[IPv6:::1]"],
    refuses: ["joe", "joe@", "@example.com", "joe..bloggs@example.com", "joe@exa_mple.com", "jöe@example.com"],
  }],
  ["uri", {
    accepts: ["https://example.com/a?b=c#d", "urn:isbn:0451450523", "mailto:joe@example.com", "http://[::1]:8080/"],
    refuses: ["/relative", "https://example.com/a b", "1http://example.com", "http://example.com:80a/", "http://example.com/%zz"],
  }],
  ["uri-reference", { accepts: ["/relative", "../up", "#fragment", "", "https://example.com"], refuses: ["\\\\share", "a b", "a:b:c c"] }],
  ["ipv4", { accepts: ["127.0.0.1", "255.255.255.255"], refuses: ["256.0.0.1", "01.2.3.4", "1.2.3", "1.2.3.4 "] }],
  ["ipv6", { accepts: ["::1", "::", "fe80::1", "::ffff:192.168.0.1", "1:2:3:4:5:6:7:8"], refuses: ["1:2:3:4:5:6:7:8:9", "1::2::3", "fe80::1%eth0", "[::1]"] }],
  ["hostname", {
    // xn-- labels pass on their shape alone: the IDNA rules on what they encode are not checked.
    accepts: ["example.com", "a-b.example", "xn--nw2a.xn--j6w193g", "xn--X"],
    refuses: ["-example.com", "example-.com", "exa_mple.com", "example.com.", "a".repeat(64) + ".com"],
  }],
];

describe.each(rows)("%s", (format, { accepts, refuses }) => {
  const check = formatCheck(format);

  it("is checked", () => {
    expect(check).toBeTypeOf("function");
  });

  it.each(accepts)("accepts %j", (value) => {
    expect(check?.(value)).toBe(true);
  });

  it.each(refuses)("refuses %j", (value) => {
    expect(check?.(value)).toBe(false);
  });
});

describe("formats that are annotations", () => {
  it.each(["color", "int64", "binary", "password", "toString", "__proto__"])("%s is not checked", (format) => {
    expect(formatCheck(format)).toBeUndefined();
  });
});
