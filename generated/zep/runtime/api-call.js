// Generated from spec/zep.yaml by wiregen. Do not edit.
// @ts-self-types="./api-call.d.ts"
/**
 * What an operation method returns: awaitable for the typed body, with
 * `.withResponse()` for the status and headers too. Lazy: nothing is sent
 * until it is awaited, so a paged call used only as an iterator sends no
 * extra request.
 */
export class ApiCall {
  #execute;
  #started;
  constructor(execute) {
    this.#execute = execute;
  }
  /** Sends the request (once) and resolves with the body and the `Response`. */
  withResponse() {
    this.#started ??= this.#execute();
    return this.#started;
  }
  then(onfulfilled, onrejected) {
    return this.withResponse()
      .then((result) => result.data)
      .then(onfulfilled, onrejected);
  }
  catch(onrejected) {
    return this.then(undefined, onrejected);
  }
  finally(onfinally) {
    return this.then().finally(onfinally);
  }
  get [Symbol.toStringTag]() {
    return "ApiCall";
  }
}
