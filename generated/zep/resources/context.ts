// Generated from spec/zep.yaml by wiregen. Edits are kept: regeneration merges them with the spec's changes.
import type { ApiCall } from "../runtime/api-call.ts";
import { jsonBody } from "../runtime/encode-body.ts";
import type { OperationSpec } from "../runtime/operation.ts";
import type { RequestOptions, Transport } from "../runtime/transport.ts";
import type { ContextTemplateResponse, CreateContextTemplateRequest, ListContextTemplatesResponse, SuccessResponse, UpdateContextTemplateRequest } from "../models.d.ts";

const contextListContextTemplatesOperation: OperationSpec = {
  id: "contextListContextTemplates",
  method: "GET",
  path: "/context-templates",
  params: [],
  security: [["ApiKeyAuth"]],
  responses: { "200": { kind: "json", shape: "object" } },
  errors: ["400", "500"],
};

const contextCreateContextTemplateOperation: OperationSpec = {
  id: "contextCreateContextTemplate",
  method: "POST",
  path: "/context-templates",
  params: [],
  body: { mediaType: "application/json", flat: true, encoding: jsonBody, required: true },
  security: [["ApiKeyAuth"]],
  responses: { "200": { kind: "json", shape: "object" } },
  errors: ["400", "500"],
};

const contextGetContextTemplateOperation: OperationSpec = {
  id: "contextGetContextTemplate",
  method: "GET",
  path: "/context-templates/{template_id}",
  params: [{ key: "templateId", name: "template_id", in: "path" }],
  security: [["ApiKeyAuth"]],
  responses: { "200": { kind: "json", shape: "object" } },
  errors: ["400", "404", "500"],
};

const contextUpdateContextTemplateOperation: OperationSpec = {
  id: "contextUpdateContextTemplate",
  method: "PUT",
  path: "/context-templates/{template_id}",
  params: [{ key: "templateId", name: "template_id", in: "path" }],
  body: { mediaType: "application/json", flat: true, encoding: jsonBody, required: true },
  security: [["ApiKeyAuth"]],
  responses: { "200": { kind: "json", shape: "object" } },
  errors: ["400", "404", "500"],
};

const contextDeleteContextTemplateOperation: OperationSpec = {
  id: "contextDeleteContextTemplate",
  method: "DELETE",
  path: "/context-templates/{template_id}",
  params: [{ key: "templateId", name: "template_id", in: "path" }],
  security: [["ApiKeyAuth"]],
  responses: { "200": { kind: "json", shape: "object" } },
  errors: ["400", "404", "500"],
};
/** Parameters of {@link ContextResource.createContextTemplate}: `POST /context-templates`: the properties of the `application/json` body. */
export type ContextCreateContextTemplateParams = CreateContextTemplateRequest;
/** Parameters of {@link ContextResource.updateContextTemplate}: `PUT /context-templates/{template_id}`: the properties of the `application/json` body. */
export type ContextUpdateContextTemplateParams = UpdateContextTemplateRequest;

/**
 * Templates that shape the context block returned for a thread.
 *
 * `client.context`.
 */
export class ContextResource {
  readonly #transport: Transport;

  /** @internal Created by the client. */
  constructor(transport: Transport) {
    this.#transport = transport;
  }

  /**
   * List context templates
   *
   * Returns every context template of the project.
   *
   * `GET /context-templates`
   *
   * Await it for the body; `.withResponse()` also gives the `Response`.
   * @param options - Per-call signal, timeout, retries and headers.
   */
  listContextTemplates(options?: RequestOptions): ApiCall<ListContextTemplatesResponse> {
    return this.#transport.call<ListContextTemplatesResponse>(contextListContextTemplatesOperation, {}, options);
  }

  /**
   * Create a context template
   *
   * Stores a new template for rendering context blocks.
   *
   * `POST /context-templates`
   *
   * Await it for the body; `.withResponse()` also gives the `Response`.
   * @param params - Parameters, by their wire names.
   * @param options - Per-call signal, timeout, retries and headers.
   */
  createContextTemplate(params: ContextCreateContextTemplateParams, options?: RequestOptions): ApiCall<ContextTemplateResponse> {
    return this.#transport.call<ContextTemplateResponse>(contextCreateContextTemplateOperation, params, options);
  }

  /**
   * Get a context template
   *
   * Returns one context template.
   *
   * `GET /context-templates/{template_id}`
   *
   * Await it for the body; `.withResponse()` also gives the `Response`.
   * @param templateId - Identifier of the template.
   * @param options - Per-call signal, timeout, retries and headers.
   */
  getContextTemplate(templateId: string, options?: RequestOptions): ApiCall<ContextTemplateResponse> {
    return this.#transport.call<ContextTemplateResponse>(contextGetContextTemplateOperation, { templateId }, options);
  }

  /**
   * Update a context template
   *
   * Replaces the content of an existing context template.
   *
   * `PUT /context-templates/{template_id}`
   *
   * Await it for the body; `.withResponse()` also gives the `Response`.
   * @param templateId - Identifier of the template to change.
   * @param params - Parameters, by their wire names.
   * @param options - Per-call signal, timeout, retries and headers.
   */
  updateContextTemplate(templateId: string, params: ContextUpdateContextTemplateParams, options?: RequestOptions): ApiCall<ContextTemplateResponse> {
    return this.#transport.call<ContextTemplateResponse>(contextUpdateContextTemplateOperation, { ...params, templateId }, options);
  }

  /**
   * Delete a context template
   *
   * Removes a context template.
   *
   * `DELETE /context-templates/{template_id}`
   *
   * Await it for the body; `.withResponse()` also gives the `Response`.
   * @param templateId - Identifier of the template to remove.
   * @param options - Per-call signal, timeout, retries and headers.
   */
  deleteContextTemplate(templateId: string, options?: RequestOptions): ApiCall<SuccessResponse> {
    return this.#transport.call<SuccessResponse>(contextDeleteContextTemplateOperation, { templateId }, options);
  }
}
