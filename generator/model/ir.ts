/**
 * The intermediate representation: everything the emitters need, with every
 * name already decided. Emitters read it and never invent a name.
 */
import type { BodySpec, PaginationSpec, ParamSpec, ResponseSpec, StreamSpec } from "../runtime/operation.js";
import type { ImportExtension } from "../project/import-extension.js";
import type { SchemeSpec } from "../runtime/security.js";
import type { Pointer } from "../load/json-pointer.js";

/** Spec text for a doc comment, unescaped (the emitter escapes it). */
export interface Docs {
  readonly summary?: string | undefined;
  readonly description?: string | undefined;
  readonly deprecated?: boolean | undefined;
  readonly example?: unknown;
  readonly see?: string | undefined;
  /** What a successful call gives (a 3.2 response `summary`), as `@returns`. */
  readonly returns?: string | undefined;
  /** An example as sent on the wire (a 3.2 example's `serializedValue`). */
  readonly wireExample?: string | undefined;
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

/** Where a JSON payload's schema is, for its validator (see to-validation.ts). */
export interface PayloadRef {
  /** The schema's place in the document, after following `$ref`s (`["components", "schemas", "Thread"]`). */
  readonly pointer: Pointer;
  /** The payload's type over openapi-typescript's `paths`, for a validator of its own. */
  readonly type: string;
}

export interface BodyModel {
  readonly spec: BodySpec;
  /** The body's type; for a flat body, the object type whose properties join the params. */
  readonly type: TypeRef;
  /** A flat body's property names. */
  readonly properties: readonly string[];
  /** True when a flat body's schema requires some property. */
  readonly requiredProperties: boolean;
  /** A JSON body's schema. */
  readonly payload?: PayloadRef | undefined;
  readonly docs: Docs;
}

export interface OperationModel {
  /** The operationId, or one derived from method and path. */
  readonly id: string;
  readonly methodName: string;
  /** The exported params interface. */
  readonly paramsTypeName: string;
  /** The exported alias naming a flat body's type, when no schema alias names it already. */
  readonly bodyTypeName?: string | undefined;
  /** The module-local constant holding the operation record. */
  readonly constName: string;
  /** The method sent on the wire: `GET`, `QUERY`, or an additional method as written (`COPY`). */
  readonly method: string;
  /** Where the operation sits under its path item: `["get"]`, `["query"]`, `["additionalOperations", "COPY"]`. */
  readonly specKey: readonly string[];
  readonly path: string;
  /** The base URL this operation's own `servers` (or its path item's) name, when they do. */
  readonly server?: string | undefined;
  /** Path parameters first (positional, in path order), then the params object's. */
  readonly params: readonly ParamModel[];
  readonly body?: BodyModel | undefined;
  readonly responses: Readonly<Record<string, ResponseSpec>>;
  /** The schema of each JSON success, by status. */
  readonly responsePayloads: Readonly<Record<string, PayloadRef>>;
  /** With validation on: the validator of each validated success by status, and of the body (names in `schemas.ts`). */
  readonly validators?: { readonly responses: Readonly<Record<string, string>>; readonly body?: string | undefined } | undefined;
  readonly responseType: TypeRef;
  /** Documented error statuses and ranges, upper-cased (`"404"`, `"4XX"`). */
  readonly errors: readonly string[];
  readonly security: readonly (readonly string[])[];
  readonly retrySafe: boolean;
  readonly pagination?: { readonly spec: PaginationSpec; readonly itemType: TypeRef } | undefined;
  /**
   * A streamed success: the runtime's record, the runtime class the call
   * resolves to, and the type of each event's `data` (`EventStream`, for
   * `text/event-stream`) or of each item (`ItemStream`, for a JSON sequence).
   * With `spec.selector` the method has overloads: the stream when that
   * params key is `true`, `responseType` otherwise.
   */
  readonly stream?:
    | {
        readonly spec: StreamSpec;
        readonly className: "EventStream" | "ItemStream";
        readonly eventType: TypeRef;
      }
    | undefined;
  /** The header carrying an idempotency key (a header parameter so named, or the document's `x-idempotency-header`). */
  readonly idempotencyHeader?: string | undefined;
  readonly docs: Docs;
}

/** How a resource is reached from its parent (the client or another resource). */
export interface ResourceRef {
  /** The property on the parent, e.g. `edge`. */
  readonly propertyName: string;
  readonly className: string;
  /** The file under `resources/`, without extension. */
  readonly fileName: string;
  readonly docs: Docs;
}

/** One resource class: a tag's operations, or a node of the `x-sdk-method` tree. */
export interface GroupModel extends ResourceRef {
  /** The tag as written in the spec, for a resource made from one. */
  readonly tag?: string | undefined;
  /** Property names from the client down to this resource: `["graph", "edge"]`. */
  readonly path: readonly string[];
  readonly operations: readonly OperationModel[];
  /** Nested resources, constructed by this one. */
  readonly children: readonly ResourceRef[];
  /**
   * For a resource of the client itself: the class of its own entry point
   * (`entries/<file>.ts`), a client of just this resource, so a bundle that
   * uses only it carries no other resource's operations.
   */
  readonly entryClassName?: string | undefined;
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
  /** The members of `bodyType`'s union, one per documented body (one when there is no union). */
  readonly bodyMembers: readonly string[];
  readonly docs: Docs;
}

export interface CredentialOptionModel {
  readonly name: string;
  readonly docs: Docs;
}

export interface ClientModel {
  /** The spec path as shown in the header comment. */
  readonly specFile: string;
  /** The extension of the client's relative imports, when the document's `x-import-extension` sets it. */
  readonly importExtension: ImportExtension | undefined;
  readonly clientName: string;
  readonly optionsTypeName: string;
  readonly errorBaseName: string;
  readonly baseUrl: string;
  /** The base URL's server `name` (OpenAPI 3.2), for the docs. */
  readonly baseUrlName?: string | undefined;
  /** The environment variable that may set the log level, e.g. `ZEP_LOG`. */
  readonly logEnv: string;
  readonly docs: Docs;
  readonly schemes: Readonly<Record<string, SchemeSpec>>;
  readonly credentialOptions: readonly CredentialOptionModel[];
  /** Every resource, each parent before its children; top-level ones have a one-element `path`. */
  readonly groups: readonly GroupModel[];
  readonly schemas: readonly SchemaAliasModel[];
  readonly statusErrors: readonly StatusErrorModel[];
  /** Set when the client validates payloads at run time (`validate` in the config). */
  readonly validation?: ValidationModel | undefined;
}

/** One validator of `schemas.ts`. */
export interface ValidatorModel {
  /** The exported constant: a named schema's alias name, or one made from its operation's. */
  readonly name: string;
  /** Where its schema is in the document. */
  readonly pointer: Pointer;
  /** The type it checks: a model alias (`models.Thread`), or a payload's over openapi-typescript's `paths`. */
  readonly type: string;
  readonly docs: Docs;
}

export interface ValidationModel {
  readonly responses: boolean;
  readonly requests: boolean;
  /** Every named schema's validator, then those of payloads whose schema is not a named one. */
  readonly validators: readonly ValidatorModel[];
}
