/**
 * Where a spec's overlay lives: `spec/<name>.overlay.yaml` (or `.yml`,
 * `.json`) beside `spec/<name>.yaml`. Kept free of the pipeline's libraries
 * so the CLI can find overlays (and skip them as specs) before loading it.
 */
import { existsSync } from "node:fs";
import { basename, dirname, extname, join } from "node:path";

const OVERLAY_NAME = /\.overlay\.(ya?ml|json)$/;

/** True for `github.overlay.yaml`: an overlay, never a spec of its own. */
export function isOverlayFile(name: string): boolean {
  return OVERLAY_NAME.test(name);
}

/** The overlay beside `spec`, if one exists: `spec/github.json` → `spec/github.overlay.yaml`. */
export function overlayBeside(spec: string): string | undefined {
  const stem = join(dirname(spec), basename(spec, extname(spec)));
  return ["yaml", "yml", "json"].map((ext) => `${stem}.overlay.${ext}`).find((candidate) => existsSync(candidate));
}
