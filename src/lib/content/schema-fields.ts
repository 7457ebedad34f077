/**
 * The fields of a JSON Schema as rows for the /api documentation, so the page
 * documents exactly what the published schema says.
 */

interface JsonSchemaNode {
  type?: string;
  description?: string;
  properties?: Record<string, JsonSchemaNode>;
  required?: string[];
  items?: JsonSchemaNode;
  anyOf?: JsonSchemaNode[];
  enum?: unknown[];
  format?: string;
}

export interface SchemaField {
  /** Dotted path; `[]` marks array items, e.g. "returnedBy[].phase". */
  path: string;
  /** "string", "integer", "object or null", "array of object", "one of: a, b". */
  type: string;
  description: string;
}

function typeOf(node: JsonSchemaNode): string {
  if (node.anyOf) return node.anyOf.map(typeOf).join(' or ');
  if (node.enum) return `one of: ${node.enum.map((v) => JSON.stringify(v)).join(', ')}`;
  if (node.type === 'array' && node.items) return `array of ${typeOf(node.items)}`;
  if (node.format === 'uri') return 'URL';
  return node.type ?? 'any';
}

/**
 * Every field, depth first, in schema order.
 *
 * @example schemaFields({ type: 'object', properties: { code: { type: 'integer', description: 'The code.' } } })
 * // -> [{ path: 'code', type: 'integer', description: 'The code.' }]
 */
export function schemaFields(node: JsonSchemaNode, prefix = ''): SchemaField[] {
  const objectNode = node.anyOf?.find((n) => n.type === 'object') ?? node;
  return Object.entries(objectNode.properties ?? {}).flatMap(([key, child]) => {
    const path = prefix ? `${prefix}.${key}` : key;
    const inner = child.anyOf?.find((n) => n.type === 'object' || n.type === 'array') ?? child;
    const nested =
      inner.type === 'array' && inner.items
        ? schemaFields(inner.items, `${path}[]`)
        : inner.type === 'object'
          ? schemaFields(inner, path)
          : [];
    return [{ path, type: typeOf(child), description: child.description ?? inner.description ?? '' }, ...nested];
  });
}
