// Generated from spec/zep.yaml by wiregen. Do not edit.
/**
 * Abortable sleep. The timer is cleared and the listener removed on every path,
 * so a pending retry never keeps the process alive after its caller gave up.
 */
/** Waits `ms` milliseconds; rejects with the signal's reason as soon as `signal` aborts. */
export declare function sleep(ms: number, signal?: AbortSignal): Promise<void>;
