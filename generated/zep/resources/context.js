// Generated from spec/zep.yaml by wiregen. Do not edit.
// @ts-self-types="./context.d.ts"

const contextListContextTemplatesOperation = {
  id: "contextListContextTemplates",
  method: "GET",
  path: "/context-templates",
  params: [],
  security: [["ApiKeyAuth"]],
  responses: { "200": { kind: "json", shape: "object" } },
  errors: ["400", "500"],
};

const contextCreateContextTemplateOperation = {
  id: "contextCreateContextTemplate",
  method: "POST",
  path: "/context-templates",
  params: [],
  body: { mediaType: "application/json", flat: true, encoding: "json", required: true },
  security: [["ApiKeyAuth"]],
  responses: { "200": { kind: "json", shape: "object" } },
  errors: ["400", "500"],
};

const contextGetContextTemplateOperation = {
  id: "contextGetContextTemplate",
  method: "GET",
  path: "/context-templates/{template_id}",
  params: [{ key: "templateId", name: "template_id", in: "path" }],
  security: [["ApiKeyAuth"]],
  responses: { "200": { kind: "json", shape: "object" } },
  errors: ["400", "404", "500"],
};

const contextUpdateContextTemplateOperation = {
  id: "contextUpdateContextTemplate",
  method: "PUT",
  path: "/context-templates/{template_id}",
  params: [{ key: "templateId", name: "template_id", in: "path" }],
  body: { mediaType: "application/json", flat: true, encoding: "json", required: true },
  security: [["ApiKeyAuth"]],
  responses: { "200": { kind: "json", shape: "object" } },
  errors: ["400", "404", "500"],
};

const contextDeleteContextTemplateOperation = {
  id: "contextDeleteContextTemplate",
  method: "DELETE",
  path: "/context-templates/{template_id}",
  params: [{ key: "templateId", name: "template_id", in: "path" }],
  security: [["ApiKeyAuth"]],
  responses: { "200": { kind: "json", shape: "object" } },
  errors: ["400", "404", "500"],
};

export class ContextResource {
  #transport;

  constructor(transport) {
    this.#transport = transport;
  }

  listContextTemplates(options) {
    return this.#transport.call(contextListContextTemplatesOperation, {}, options);
  }

  createContextTemplate(params, options) {
    return this.#transport.call(contextCreateContextTemplateOperation, params, options);
  }

  getContextTemplate(templateId, options) {
    return this.#transport.call(contextGetContextTemplateOperation, { templateId }, options);
  }

  updateContextTemplate(templateId, params, options) {
    return this.#transport.call(contextUpdateContextTemplateOperation, { ...params, templateId }, options);
  }

  deleteContextTemplate(templateId, options) {
    return this.#transport.call(contextDeleteContextTemplateOperation, { templateId }, options);
  }
}
