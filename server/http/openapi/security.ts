// OpenAPI documentation of two-factor sign-in (SEC-4) and signatures (WF-3, RPT-5). Errors
// are problem+json; 'two-factor-enrolment-required' (403) answers every other route of a
// browser session whose role requires two-factor sign-in until it has enrolled.
import { authErrors, type OpenApiPart } from './common';

const ref = (name: string) => ({ $ref: `#/components/schemas/${name}` });
const body = (schema: unknown) => ({ required: true, content: { 'application/json': { schema } } });
const ok = (description: string, schema: unknown) => ({ description, content: { 'application/json': { schema } } });
const str = { type: 'string' };
const bool = { type: 'boolean' };
const fileInput = {
  oneOf: [
    { type: 'object', required: ['contentBase64'], properties: { contentBase64: str, fileName: str } },
    { type: 'object', required: ['url'], properties: { url: { type: 'string', description: 'A path under /api/v1/ (a report or export), fetched with the caller credentials' }, fileName: str } },
  ],
};

export const securityPart: OpenApiPart = {
  schemas: {
    TwoFactorStatus: { type: 'object', properties: { enrolled: bool, enrolledAt: { type: ['string', 'null'] }, required: bool, recoveryCodesLeft: { type: 'integer' } } },
    DetachedSignature: {
      type: 'object',
      description: 'A .sig.json: the signature covers the sorted-key JSON of {format, sha256, size, signedAt, keyId, unitCode, fileName}',
      properties: {
        format: { const: 'httt-detached-signature/1' }, sha256: str, size: { type: 'integer' }, signedAt: str, keyId: str, unitCode: str,
        fileName: { type: ['string', 'null'] }, algorithm: { enum: ['ECDSA-P256-SHA256', 'RSA-PSS-3072-SHA256'] }, signature: { type: 'string', description: 'base64 (DER for ECDSA)' },
        certificate: { type: 'string', description: 'X.509 PEM' },
      },
    },
    SignatureCheck: {
      type: 'object',
      properties: {
        ok: bool, reason: { enum: ['malformed', 'file-mismatch', 'bad-signature', 'bad-certificate', 'expired-certificate', 'unknown-algorithm', 'untrusted-certificate'] },
        trustedCertificate: bool, signedAt: str, keyId: str, unitCode: str, signer: { type: ['object', 'null'] },
      },
    },
  },
  paths: {
    '/api/v1/me/two-factor': { get: { summary: 'Own two-factor state (usable while enrolment is pending)', responses: { '200': ok('State', ref('TwoFactorStatus')), ...authErrors } } },
    '/api/v1/me/two-factor/enrol': {
      post: { summary: 'Start two-factor enrolment: a new secret as an otpauth URI, a QR code (data URL) and text', responses: { '200': ok('Secret', { type: 'object', properties: { secret: str, uri: str, qrDataUrl: str } }), ...authErrors, '409': { description: "Already enrolled ('conflict')" } } },
    },
    '/api/v1/me/two-factor/confirm': {
      post: {
        summary: 'Confirm enrolment with a first valid code; answers ten single-use recovery codes, shown once',
        requestBody: body({ type: 'object', required: ['code'], properties: { code: str } }),
        responses: { '200': ok('Recovery codes', { type: 'object', properties: { recoveryCodes: { type: 'array', items: str } } }), ...authErrors, '401': { description: "'otp-invalid'" } },
      },
    },
    '/api/v1/accounts/{id}/two-factor': {
      delete: {
        summary: 'Admin reset of two-factor sign-in (unit admin in scope, system admin): the account must enrol again; audited',
        parameters: [{ name: 'id', in: 'path', required: true, schema: { type: 'string', format: 'uuid' } }],
        responses: { '204': { description: 'Done' }, ...authErrors, '404': { $ref: '#/components/responses/NotFound' } },
      },
    },
    '/api/v1/signatures/sign': {
      post: {
        summary: 'Sign an exported file with the key of the caller unit (approvers and admins); answers a .sig.json attachment',
        requestBody: { required: true, content: { 'application/json': { schema: fileInput }, 'application/octet-stream': { schema: { type: 'string', format: 'binary' } } } },
        parameters: [{ name: 'fileName', in: 'query', schema: str, description: 'With application/octet-stream' }],
        responses: { '200': ok('Detached signature', ref('DetachedSignature')), ...authErrors, '413': { description: "'payload-too-large' (over 20 MB)" } },
      },
    },
    '/api/v1/signatures/verify': {
      post: {
        summary: 'Verify a file against its detached signature (and that the certificate is one of our unit keys)',
        requestBody: body({ type: 'object', required: ['contentBase64', 'signature'], properties: { contentBase64: str, signature: ref('DetachedSignature') } }),
        responses: { '200': ok('Result', ref('SignatureCheck')), ...authErrors },
      },
    },
    '/api/v1/signatures/submissions/{id}': {
      get: {
        summary: 'Re-verify every approval signature of a submission from the stored record (tampering is detected)',
        parameters: [{ name: 'id', in: 'path', required: true, schema: { type: 'string', format: 'uuid' } }],
        responses: { '200': ok('Checks', { type: 'object', properties: { submissionId: str, valid: bool, signatures: { type: 'array', items: { type: 'object' } } } }), ...authErrors },
      },
    },
    '/api/v1/signatures/keys': { get: { summary: 'Unit signing keys with their X.509 certificates (public)', responses: { '200': ok('Keys', { type: 'object' }), ...authErrors } } },
  },
};
