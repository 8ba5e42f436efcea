// The intermediate form every source parser produces. The assembler turns a
// list of these into spec/openapi.json; parsers know nothing of OpenAPI layout.

/** A JSON Schema object (the OpenAPI 3.1 dialect, restricted to what Ajv 8 compiles). */
export type Schema = {
  type?: string | string[];
  format?: string;
  description?: string;
  enum?: unknown[];
  default?: unknown;
  minimum?: number;
  maximum?: number;
  minLength?: number;
  maxLength?: number;
  minItems?: number;
  maxItems?: number;
  pattern?: string;
  properties?: Record<string, Schema>;
  required?: string[];
  items?: Schema;
  oneOf?: Schema[];
  allOf?: Schema[];
  anyOf?: Schema[];
  additionalProperties?: boolean | Schema;
  [extension: `x-${string}`]: unknown;
};

export type RateLimitLabel = 'LIGHT' | 'MEDIUM' | 'HEAVY' | 'RESOURCE-INTENSIVE';

/** Which seed document an operation came from. */
export type SourceId = 'phone' | 'number-management' | 'internal-numbers' | 'sip-trunks' | 'sip-phones';

export interface Parameter {
  name: string;
  in: 'path' | 'query';
  required: boolean;
  description?: string;
  schema: Schema;
  /** Where the fact came from when the source document itself does not list it. */
  'x-source'?: string;
}

export interface ResponseSpec {
  status: number;
  description: string;
  /** Absent for 204 and for error statuses documented by text only. */
  contentType?: string;
  schema?: Schema;
  example?: unknown;
}

export interface DocumentedError {
  status: number;
  code: number;
  message: string;
}

/** A page may state one error twice (under two statuses' texts, or twice in one); keep the first. */
export function dedupeErrors(errors: DocumentedError[]): DocumentedError[] {
  const seen = new Set<string>();
  return errors.filter((e) => {
    const key = `${e.status} ${e.code} ${e.message}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

export interface SourceOperation {
  source: SourceId;
  method: 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';
  path: string;
  summary: string;
  description: string;
  tags: string[];
  scopes: string[];
  granularScopes: string[];
  /** null where the document gives no label. */
  rateLimitLabel: RateLimitLabel | null;
  /** Path and query parameters the document itself states (may be empty; the assembler fills gaps). */
  parameters: Parameter[];
  requestBody?: {
    required: boolean;
    contentType: string;
    schema: Schema;
    example?: unknown;
  };
  responses: ResponseSpec[];
  errors: DocumentedError[];
}

/** Thrown by a parser on input it cannot read; main.ts prints it and exits non-zero. */
export class SpecParseError extends Error {
  constructor(
    readonly operation: string,
    readonly excerpt: string,
    reason: string,
  ) {
    super(`${operation}: ${reason}\n  near: ${excerpt.slice(0, 300)}`);
  }
}
