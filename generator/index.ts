/**
 * The package's public API: what a config file imports
 * (`import { defineConfig } from "wiregen"`). The generator itself is the
 * `wiregen` command.
 */
export { defineConfig, type ClientConfig, type WiregenConfig } from "./config/define-config.js";
