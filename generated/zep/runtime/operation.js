// Generated from spec/zep.yaml by wiregen. Do not edit.
// @ts-self-types="./operation.d.ts"
/**
 * The data a generated client holds for each operation. Generated code is only
 * these records plus one-line methods; every behaviour lives in the runtime.
 */
export {};
