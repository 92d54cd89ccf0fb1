// Generated from spec/zep.yaml by wiregen. Edits are kept: regeneration merges them with the spec's changes.
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

export class ApiCall<T> implements PromiseLike<T> {
  readonly #execute: () => Promise<WithResponse<T>>;
  #started: Promise<WithResponse<T>> | undefined;

  constructor(execute: () => Promise<WithResponse<T>>) {
    this.#execute = execute;
  }

  /** Sends the request (once) and resolves with the body and the `Response`. */
  withResponse(): Promise<WithResponse<T>> {
    this.#started ??= this.#execute();
    return this.#started;
  }

  then<A = T, B = never>(
    onfulfilled?: ((value: T) => A | PromiseLike<A>) | null,
    onrejected?: ((reason: unknown) => B | PromiseLike<B>) | null,
  ): Promise<A | B> {
    return this.withResponse()
      .then((result) => result.data)
      .then(onfulfilled, onrejected);
  }

  catch<B = never>(onrejected?: ((reason: unknown) => B | PromiseLike<B>) | null): Promise<T | B> {
    return this.then(undefined, onrejected);
  }

  finally(onfinally?: (() => void) | null): Promise<T> {
    return this.then().finally(onfinally);
  }

  get [Symbol.toStringTag](): string {
    return "ApiCall";
  }
}
