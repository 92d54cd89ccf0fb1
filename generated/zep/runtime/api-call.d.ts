// Generated from spec/zep.yaml by wiregen. Do not edit.
/**
 * What an operation method returns: awaitable for the typed body, with
 * `.withResponse()` for the status and headers too. Lazy: nothing is sent
 * until it is awaited, so a paged call used only as an iterator sends no
 * extra request.
 */
/** A body together with the `Response` it came from (its body already read). */
export interface WithResponse<T> {
  readonly data: T;
  readonly response: Response;
}
export declare class ApiCall<T> implements PromiseLike<T> {
  #private;
  constructor(execute: () => Promise<WithResponse<T>>);
  /** Sends the request (once) and resolves with the body and the `Response`. */
  withResponse(): Promise<WithResponse<T>>;
  then<A = T, B = never>(
    onfulfilled?: ((value: T) => A | PromiseLike<A>) | null,
    onrejected?: ((reason: unknown) => B | PromiseLike<B>) | null,
  ): Promise<A | B>;
  catch<B = never>(onrejected?: ((reason: unknown) => B | PromiseLike<B>) | null): Promise<T | B>;
  finally(onfinally?: (() => void) | null): Promise<T>;
  get [Symbol.toStringTag](): string;
}
