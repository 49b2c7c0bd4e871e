// Feature parts of the OpenAPI document; each feature adds its own import here.
import type { OpenApiPart } from './common';
import { unitsPart } from './units';
import { accountsPart } from './accounts';
import { submissionsPart } from './submissions';

export const parts: OpenApiPart[] = [unitsPart, accountsPart, submissionsPart];
