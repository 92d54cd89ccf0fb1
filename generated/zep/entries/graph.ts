// Generated from spec/zep.yaml by wiregen. Do not edit.
import { Transport } from "../runtime/transport.ts";
import type { ZepClientOptions } from "../client.ts";
import { definition } from "../definition.ts";
import { GraphResource } from "../resources/graph.ts";

/**
 * Knowledge graphs, the data added to them, and searches over them.
 *
 * `client.graph` on its own: the same methods and options as {@link ZepClient}, without the other resources, so a bundle carries only these.
 */
export class ZepGraphClient extends GraphResource {
  constructor(options: ZepClientOptions = {}) {
    super(new Transport(definition, options));
  }
}
