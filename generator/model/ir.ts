/**
 * The intermediate representation: everything the emitters need, with every
 * name already decided. Emitters read it and never invent a name.
 */
import type { BodySpec, PaginationSpec, ParamSpec, ResponseSpec } from "../runtime/operation.js";
import type { SchemeSpec } from "../runtime/security.js";

/** Spec text for a doc comment, unescaped (the emitter escapes it). */
export interface Docs {
  readonly summary?: string | undefined;
  readonly description?: string | undefined;
  readonly deprecated?: boolean | undefined;
  readonly example?: unknown;
  readonly see?: string | undefined;
}

/** A TypeScript type expression and the model aliases it mentions (to import). */
export interface TypeRef {
  readonly text: string;
  readonly uses: readonly string[];
}

export interface ParamModel {
  readonly spec: ParamSpec;
  readonly required: boolean;
  readonly type: TypeRef;
  readonly docs: Docs;
}

export interface BodyModel {
  readonly spec: BodySpec;
  readonly type: TypeRef;
  readonly docs: Docs;
}

export interface OperationModel {
  /** The operationId, or one derived from method and path. */
  readonly id: string;
  readonly methodName: string;
  /** The exported params interface. */
  readonly paramsTypeName: string;
  /** The module-local constant holding the operation record. */
  readonly constName: string;
  readonly method: string;
  readonly path: string;
  /** The base URL this operation's own `servers` (or its path item's) name, when they do. */
  readonly server?: string | undefined;
  readonly params: readonly ParamModel[];
  readonly body?: BodyModel | undefined;
  readonly responses: Readonly<Record<string, ResponseSpec>>;
  readonly responseType: TypeRef;
  /** Documented error statuses and ranges, upper-cased (`"404"`, `"4XX"`). */
  readonly errors: readonly string[];
  readonly security: readonly (readonly string[])[];
  readonly retrySafe: boolean;
  readonly pagination?: { readonly spec: PaginationSpec; readonly itemType: TypeRef } | undefined;
  readonly docs: Docs;
}

export interface GroupModel {
  /** The tag as written in the spec. */
  readonly tag: string;
  /** The client property, e.g. `memory`. */
  readonly propertyName: string;
  readonly className: string;
  /** The file under `resources/`, without extension. */
  readonly fileName: string;
  readonly docs: Docs;
  readonly operations: readonly OperationModel[];
}

export interface SchemaAliasModel {
  /** The name under `components.schemas`. */
  readonly specName: string;
  readonly typeName: string;
  readonly docs: Docs;
}

export interface StatusErrorModel {
  /** `"400"` or a range such as `"4XX"`. */
  readonly status: string;
  readonly className: string;
  readonly bodyType: TypeRef;
  readonly docs: Docs;
}

export interface CredentialOptionModel {
  readonly name: string;
  readonly docs: Docs;
}

export interface ClientModel {
  /** The spec path as shown in the header comment. */
  readonly specFile: string;
  readonly clientName: string;
  readonly optionsTypeName: string;
  readonly errorBaseName: string;
  readonly baseUrl: string;
  readonly docs: Docs;
  readonly schemes: Readonly<Record<string, SchemeSpec>>;
  readonly credentialOptions: readonly CredentialOptionModel[];
  readonly groups: readonly GroupModel[];
  readonly schemas: readonly SchemaAliasModel[];
  readonly statusErrors: readonly StatusErrorModel[];
}
