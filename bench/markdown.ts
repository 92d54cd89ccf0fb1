/** The report's Markdown pieces: tables and the number formats every section shares. */

export const s = (ms: number): string => (Number.isFinite(ms) ? `${(ms / 1000).toFixed(2)} s` : "–");
export const mb = (kb: number): string => (Number.isFinite(kb) ? `${Math.round(kb / 1024)} MB` : "–");
export const x = (value: number): string => (Number.isFinite(value) ? `${value.toFixed(2)}×` : "–");

export function table(headers: readonly string[], rows: readonly (readonly string[])[]): string {
  const line = (cells: readonly string[]): string => `| ${cells.join(" | ")} |`;
  return [line(headers), line(headers.map(() => "---")), ...rows.map(line)].join("\n");
}
