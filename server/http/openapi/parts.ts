// Feature parts of the OpenAPI document; each feature adds its own import here.
import type { OpenApiPart } from './common';

export const parts: OpenApiPart[] = [];
