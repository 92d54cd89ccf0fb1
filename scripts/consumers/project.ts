/**
 * Making a setup's fresh project in a temporary folder: the vendored template
 * files copied as they are (create-vite's `_gitignore` renamed as create-vite
 * does), the setup's few allowed edits applied (each must match exactly once,
 * so a changed template is noticed), and node_modules holding links to the
 * packages the template would have installed.
 */
import { cp, mkdir, readFile, rename, stat, symlink, writeFile } from "node:fs/promises";
import { dirname, join } from "node:path";
import { FIXTURES, rootModule, toolchainModule } from "./paths.ts";
import type { Setup } from "./setups.ts";

/** create-vite writes these template files under another name (its `renameFiles`). */
const RENAMED: Readonly<Record<string, string>> = { _gitignore: ".gitignore", "_oxlintrc.json": ".oxlintrc.json" };

async function exists(path: string): Promise<boolean> {
  try {
    await stat(path);
    return true;
  } catch {
    return false;
  }
}

/** Copies the setup's template files into `project` and applies its edits. */
export async function makeProject(setup: Setup, project: string): Promise<void> {
  await mkdir(project, { recursive: true });
  for (const fixture of setup.fixtures) {
    await cp(join(FIXTURES, fixture), project, { recursive: true });
  }
  for (const [from, to] of Object.entries(RENAMED)) {
    if (await exists(join(project, from))) await rename(join(project, from), join(project, to));
  }
  for (const edit of setup.edits ?? []) {
    const path = join(project, edit.file);
    const text = await readFile(path, "utf8");
    const count = text.split(edit.from).length - 1;
    if (count !== 1) throw new Error(`template edit (${edit.why}): ${JSON.stringify(edit.from)} found ${count} times in ${edit.file}`);
    await writeFile(path, text.replace(edit.from, edit.to));
  }
  await mkdir(join(project, "node_modules"), { recursive: true });
  for (const link of setup.links ?? []) {
    const target = link.from === "root" ? rootModule(link.name) : toolchainModule(link.name);
    if (!(await exists(target))) {
      const install = link.from === "root" ? "npm ci" : "npm ci --prefix scripts/consumers/toolchain";
      throw new Error(`missing tool: ${link.name} is not installed (${install})`);
    }
    const path = join(project, "node_modules", link.name);
    await mkdir(dirname(path), { recursive: true });
    await symlink(target, path, "dir");
  }
}
