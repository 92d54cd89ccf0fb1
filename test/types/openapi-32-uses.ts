/**
 * Type tests for what OpenAPI 3.2 changes in a generated client: uses that
 * must compile and `// @ts-expect-error` lines that must not. Checked by
 * `tsc -p .`; nothing here runs (every use sits in a function never invoked).
 */
import type { Cat, OtherPet, Pet } from "../fixtures/discriminator-default/__generated__/models.d.ts";
import { TagTreeClient } from "../fixtures/tag-tree/__generated__/index.ts";
import { Docs32Client } from "../fixtures/docs-32/__generated__/index.ts";
import type { Pet as StoredPet } from "../fixtures/media-types-32/__generated__/models.d.ts";
import { MediaTypes32Client } from "../fixtures/media-types-32/__generated__/index.ts";

export async function tagTree(client: TagTreeClient): Promise<void> {
  // Tags nested by `parent` are nested resources.
  const books: string[] = await client.library.shelf.book.listBooks("shelf-1");
  const shelves: string[] = await client.library.shelf.listShelves();
  void books;
  void shelves;
  // @ts-expect-error a badge tag makes no resource
  void client.preview;
  // @ts-expect-error a nested tag is not a top-level resource too
  void client.book;
}

export function discriminatorDefault(): void {
  // A kind no mapping names is the defaultMapping's OtherPet.
  const hamster: Pet = { kind: "hamster", name: "Hammy" };
  const other: OtherPet = { kind: "hamster" };
  const cat: Pet = { kind: "cat", lives: 9 };
  // @ts-expect-error a Cat is only of kind "cat"
  const wrong: Cat = { kind: "dog", lives: 9 };
  void [hamster, other, cat, wrong];
}

export async function docsAndMediaTypes(docs: Docs32Client, media: MediaTypes32Client): Promise<void> {
  // The deprecated scheme's option is still accepted (only marked).
  void new Docs32Client({ apiKey: "k", token: "t" });
  await docs.forecast.getForecast({ place: "Lisbon", days: 7 });
  // A body and a response through components.mediaTypes are the named schema.
  const stored: StoredPet = await media.pets.createPet({ name: "Rex" });
  // @ts-expect-error the Pet of the named media type needs a name
  await media.pets.createPet({});
  void stored;
}
