import { readFileSync } from 'node:fs';

import { Ajv, type ValidateFunction } from 'ajv';
import addFormatsModule from 'ajv-formats';

type OpenApiDocument = {
  paths: Record<string, Record<string, { responses?: Record<string, { content?: Record<string, { schema?: unknown }> }> }>>;
};

const documentUrl = new URL('../fixtures/logto/openapi/user.openapi.json', import.meta.url);
const addFormats = addFormatsModule as unknown as (ajv: Ajv) => Ajv;

const escapePointer = (segment: string) => segment.replaceAll('~', '~0').replaceAll('/', '~1');

/**
 * Validates response bodies against Logto's published user OpenAPI document (OpenAPI 3.0: Ajv
 * understands `nullable`; `$ref`s resolve inside the document).
 */
export class OpenApiResponses {
  readonly #document = JSON.parse(readFileSync(documentUrl, 'utf8')) as OpenApiDocument;
  readonly #ajv = new Ajv({ strict: false, allErrors: true });
  readonly #templates: Array<{ template: string; pattern: RegExp }>;

  constructor() {
    addFormats(this.#ajv);
    this.#ajv.addSchema(this.#document, 'user-openapi');
    this.#templates = Object.keys(this.#document.paths).map((template) => ({
      template,
      pattern: new RegExp(`^${template.replace(/\{[^}]+\}/g, '[^/]+')}$`),
    }));
  }

  /** The validator for a route + status, or undefined when the document declares no JSON schema. */
  validatorFor(method: string, pathname: string, status: number): ValidateFunction | undefined {
    const template = this.#templates.find(({ pattern }) => pattern.test(pathname))?.template;
    const operation = template ? this.#document.paths[template]?.[method.toLowerCase()] : undefined;
    if (!template || !operation?.responses?.[String(status)]?.content?.['application/json']?.schema) {
      return undefined;
    }
    const pointer = ['paths', template, method.toLowerCase(), 'responses', String(status), 'content', 'application/json', 'schema']
      .map(escapePointer)
      .join('/');
    return this.#ajv.getSchema(`user-openapi#/${pointer}`);
  }
}
