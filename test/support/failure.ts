/** Settling a call that must fail, for the tests that then look at what it failed with. */

/** Resolves with what `call` rejected with; fails the test if it resolved. */
export async function failure(call: PromiseLike<unknown>): Promise<unknown> {
  try {
    await call;
  } catch (error) {
    return error;
  }
  throw new Error("expected the call to fail");
}
