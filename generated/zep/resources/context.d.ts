// Generated from spec/zep.yaml by wiregen. Do not edit.
import type { ApiCall } from "../runtime/api-call.js";
import type { RequestOptions, Transport } from "../runtime/transport.js";
import type { ContextTemplateResponse, CreateContextTemplateRequest, ListContextTemplatesResponse, SuccessResponse, UpdateContextTemplateRequest } from "../models.d.ts";
import type { paths } from "../types.d.ts";
/** Parameters of {@link ContextResource.createContextTemplate}: `POST /context-templates`: the properties of the `application/json` body. */
export type ContextCreateContextTemplateParams = CreateContextTemplateRequest;
/** Parameters of {@link ContextResource.updateContextTemplate}: `PUT /context-templates/{template_id}`: the properties of the `application/json` body. */
export type ContextUpdateContextTemplateParams = UpdateContextTemplateRequest;

/**
 * Templates that shape the context block returned for a thread.
 *
 * `client.context`.
 */
export declare class ContextResource {
  #private;
  /** @internal Created by the client. */
  constructor(transport: Transport);
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
  listContextTemplates(options?: RequestOptions): ApiCall<ListContextTemplatesResponse>;
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
  createContextTemplate(params: ContextCreateContextTemplateParams, options?: RequestOptions): ApiCall<ContextTemplateResponse>;
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
  getContextTemplate(templateId: string, options?: RequestOptions): ApiCall<ContextTemplateResponse>;
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
  updateContextTemplate(templateId: string, params: ContextUpdateContextTemplateParams, options?: RequestOptions): ApiCall<ContextTemplateResponse>;
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
  deleteContextTemplate(templateId: string, options?: RequestOptions): ApiCall<SuccessResponse>;
}
