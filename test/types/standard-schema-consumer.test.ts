/**
 * A library that accepts any Standard Schema takes our validators as they
 * are: tRPC's `.input()` is given validators from a generated `schemas.ts`
 * (the validation snapshot), infers the resolver's `input` from them, and
 * refuses a bad value with our issues. standard-schema.test.ts pins the
 * interface to the published one; this pins it to a consumer's own reading
 * of it (tRPC carries a copy of the spec and its own inference), which is
 * what a user of a generated client depends on. `tsc -p .` checks the types;
 * vitest runs the calls.
 */
import { initTRPC, TRPCError, type inferProcedureInput, type inferProcedureOutput } from "@trpc/server";
import { describe, expect, expectTypeOf, it } from "vitest";
import type { Category, NewPet, Pet } from "../fixtures/validation/__generated__/models.d.ts";
import * as schemas from "../fixtures/validation/__generated__/schemas.ts";

const t = initTRPC.create();

const router = t.router({
  createPet: t.procedure.input(schemas.NewPet).mutation(({ input }) => {
    expectTypeOf(input).toEqualTypeOf<NewPet>();
    // @ts-expect-error NewPet has no `lives`: the input is the schema's type, not `any`
    void input.lives;
    // @ts-expect-error "fish" is outside NewPet's `kind` enum, so the comparison cannot be true
    if (input.kind === "fish") throw new Error("unreachable");
    return { kind: input.kind, name: input.name, tags: Object.keys(input.tags ?? {}).length };
  }),
  // An input that refers to itself (children are Categories) goes through the thunks.
  countCategories: t.procedure.input(schemas.Category).query(({ input }) => {
    expectTypeOf(input).toEqualTypeOf<Category>();
    const count = (category: Category): number =>
      1 + (category.children ?? []).reduce((sum, child) => sum + count(child), 0);
    return count(input);
  }),
  // A discriminated oneOf: the resolver narrows on `kind` like on any union.
  describePet: t.procedure.input(schemas.Pet).query(({ input }) => {
    expectTypeOf(input).toEqualTypeOf<Pet>();
    return input.kind === "cat" ? `${input.name}, ${input.lives} lives` : `${input.name}, a dog`;
  }),
});

const caller = t.createCallerFactory(router)({});

/** The issues tRPC kept from our validator, as the cause of its BAD_REQUEST. */
async function refusal(call: Promise<unknown>): Promise<{ code: string; message: string; issues: unknown }> {
  const error: unknown = await call.then(
    () => undefined,
    (reason: unknown) => reason,
  );
  if (!(error instanceof TRPCError)) throw new Error(`expected a TRPCError, got ${String(error)}`);
  const cause = error.cause as { issues?: unknown } | undefined;
  return { code: error.code, message: error.message, issues: cause?.issues };
}

describe("tRPC takes the generated validators as Standard Schemas", () => {
  it("infers the procedure's parsed input and its output from the validator", () => {
    type Procedures = typeof router;
    // The resolvers above see the schema's type (the validator's output), while the caller may send
    // anything (the validator's input is `unknown`): checking what arrives is the point.
    expectTypeOf<inferProcedureInput<Procedures["createPet"]>>().toEqualTypeOf<unknown>();
    expectTypeOf<inferProcedureOutput<Procedures["createPet"]>>().toEqualTypeOf<{
      kind: "cat" | "dog";
      name: string;
      tags: number;
    }>();
    expectTypeOf<inferProcedureOutput<Procedures["countCategories"]>>().toEqualTypeOf<number>();
  });

  it("refuses what is not a validator, and a resolver that reads the input as another schema's type", () => {
    // tRPC too throws on a parser it cannot recognise, so the wrong use below is caught both ways.
    expect(() =>
      // @ts-expect-error the module of validators is not itself a parser
      t.procedure.input(schemas),
    ).toThrow("Could not find a validator fn");
    // @ts-expect-error the resolver's input is NewPet (kind, name), not a Pet (which has an id)
    t.procedure.input(schemas.NewPet).query(({ input }): Pet => input);
  });

  it("passes a valid value to the resolver", async () => {
    await expect(caller.createPet({ kind: "cat", name: "Tom", tags: { colour: "grey" } })).resolves.toEqual({
      kind: "cat",
      name: "Tom",
      tags: 1,
    });
    await expect(
      caller.countCategories({ name: "root", children: [{ name: "a", children: [{ name: "b" }] }, { name: "c" }] }),
    ).resolves.toBe(4);
    await expect(
      caller.describePet({ id: "123e4567-e89b-12d3-a456-426614174000", kind: "cat", name: "Tom", lives: 9 }),
    ).resolves.toBe("Tom, 9 lives");
  });

  it("refuses an invalid value with our issues: BAD_REQUEST, the first message, every path", async () => {
    const refused = await refusal(caller.createPet({ kind: "fish", name: "", extra: true }));
    expect(refused.code).toBe("BAD_REQUEST");
    expect(refused.message).toBe('expected one of "cat", "dog", received string "fish"');
    expect(refused.issues).toEqual([
      expect.objectContaining({ path: ["kind"], message: 'expected one of "cat", "dog", received string "fish"' }),
      expect.objectContaining({ path: ["name"], expected: "string of at least 1 character" }),
      expect.objectContaining({ path: ["extra"] }),
    ]);
  });

  it("refuses deep inside a recursive input, at the nested path", async () => {
    const refused = await refusal(
      caller.countCategories({ name: "root", children: [{ name: "a", children: [{ name: 1 }] }] }),
    );
    expect(refused.code).toBe("BAD_REQUEST");
    expect(refused.issues).toEqual([
      expect.objectContaining({
        path: ["children", 0, "children", 0, "name"],
        message: "expected string, received number 1",
      }),
    ]);
  });

  it("refuses a member of the union that breaks the member the discriminator names", async () => {
    const refused = await refusal(
      caller.describePet({ id: "123e4567-e89b-12d3-a456-426614174000", kind: "cat", name: "Tom", lives: 12 }),
    );
    expect(refused.code).toBe("BAD_REQUEST");
    expect(refused.issues).toEqual([expect.objectContaining({ path: ["lives"] })]);
  });
});
