// Feature parts of the OpenAPI document; each feature adds its own import here.
import type { OpenApiPart } from './common';
import { unitsPart } from './units';
import { accountsPart } from './accounts';
import { submissionsPart } from './submissions';
import { securityPart } from './security';
import { reportsPart } from './reports';
import { registersPart } from './registers';

export const parts: OpenApiPart[] = [unitsPart, accountsPart, submissionsPart, reportsPart, registersPart, securityPart];
