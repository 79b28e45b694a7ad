import { readFileSync } from 'node:fs';

import { Ajv, type ValidateFunction } from 'ajv';
import addFormatsModule from 'ajv-formats';

type OpenApiDocument = {
  paths: Record<string, Record<string, { responses?: Record<string, { content?: Record<string, { schema?: unknown }> }> }>>;
};

export type OpenApiDocumentName = 'user' | 'management';

const documentUrl = (name: OpenApiDocumentName) =>
  new URL(`../fixtures/logto/openapi/${name}.openapi.json`, import.meta.url);
const addFormats = addFormatsModule as unknown as (ajv: Ajv) => Ajv;

const escapePointer = (segment: string) => segment.replaceAll('~', '~0').replaceAll('/', '~1');

/**
 * Quirks of Logto's generated documents that would reject Logto's own answers: zod refinements
 * come out as `{type: 'object', description: 'Validator function'}` (redirect URIs are strings),
 * and some patterns are written as JS literals (`/^#…$/i`), which JSON Schema reads literally.
 * Such schemas lose the constraint they cannot express; everything else is kept. Also OpenAPI
 * 3.0's `nullable` admits `null` even with an `enum`, which Ajv wants listed in the enum.
 */
const relaxQuirks = (node: unknown): void => {
  if (Array.isArray(node)) {
    node.forEach(relaxQuirks);
    return;
  }
  if (typeof node !== 'object' || node === null) {
    return;
  }
  const schema = node as Record<string, unknown>;
  if (schema.description === 'Validator function') {
    delete schema.type;
    delete schema.additionalProperties;
  }
  if (typeof schema.pattern === 'string' && /^\/.*\/[a-z]*$/.test(schema.pattern)) {
    delete schema.pattern;
  }
  if (schema.nullable === true && Array.isArray(schema.enum) && !schema.enum.includes(null)) {
    schema.enum = [...(schema.enum as unknown[]), null];
  }
  Object.values(schema).forEach(relaxQuirks);
};

/** Formats the documents use that are zod artefacts, not JSON Schema formats: accept anything. */
const artefactFormats = ['regex', 'true', 'false', 'empty'];

/**
 * zod literals come out as `{type: 'string', format: '"Password"'}`. They are checked as the
 * literal: `oneOf` branches (verification record types) only differ by them.
 */
const literalFormats = (node: unknown, found = new Set<string>()): Set<string> => {
  if (Array.isArray(node)) {
    node.forEach((item) => literalFormats(item, found));
  } else if (typeof node === 'object' && node !== null) {
    const { format } = node as { format?: unknown };
    if (typeof format === 'string' && /^".*"$/.test(format)) {
      found.add(format);
    }
    Object.values(node).forEach((value) => literalFormats(value, found));
  }
  return found;
};

/**
 * Validates response bodies against one of Logto's published OpenAPI documents (OpenAPI 3.0: Ajv
 * understands `nullable`; `$ref`s resolve inside the document).
 */
export class OpenApiResponses {
  readonly #document: OpenApiDocument;
  readonly #ajv = new Ajv({ strict: false, allErrors: true });
  readonly #templates: Array<{ template: string; pattern: RegExp }>;
  readonly #id: string;

  constructor(name: OpenApiDocumentName = 'user') {
    this.#id = `${name}-openapi`;
    this.#document = JSON.parse(readFileSync(documentUrl(name), 'utf8')) as OpenApiDocument;
    relaxQuirks(this.#document);
    addFormats(this.#ajv);
    for (const format of artefactFormats) {
      this.#ajv.addFormat(format, true);
    }
    for (const format of literalFormats(this.#document)) {
      const literal = JSON.parse(format) as string;
      this.#ajv.addFormat(format, (value: string) => value === literal);
    }
    this.#ajv.addSchema(this.#document, this.#id);
    this.#templates = Object.keys(this.#document.paths).map((template) => ({
      template,
      pattern: new RegExp(`^${template.replace(/\{[^}]+\}/g, '[^/]+')}$`),
    }));
  }

  /** The validator for a route + status, or undefined when the document declares no JSON schema. */
  validatorFor(method: string, pathname: string, status: number): ValidateFunction | undefined {
    const template =
      this.#templates.find(({ template }) => template === pathname)?.template ??
      this.#templates.find(({ pattern }) => pattern.test(pathname))?.template;
    const operation = template ? this.#document.paths[template]?.[method.toLowerCase()] : undefined;
    if (!template || !operation?.responses?.[String(status)]?.content?.['application/json']?.schema) {
      return undefined;
    }
    const pointer = ['paths', template, method.toLowerCase(), 'responses', String(status), 'content', 'application/json', 'schema']
      .map(escapePointer)
      .join('/');
    return this.#ajv.getSchema(`${this.#id}#/${pointer}`);
  }
}
