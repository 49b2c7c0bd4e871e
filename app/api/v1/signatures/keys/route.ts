// The unit signing keys and their certificates (public data), for verifiers and operators.
import { apiRoute } from '@/server/http/api-route';
import { listSigningKeys } from '@/server/services/security/signing-keys';

export const dynamic = 'force-dynamic';

export const GET = apiRoute(async (ctx) => ({
  items: (await listSigningKeys(ctx.em)).map((k) => ({
    id: k.id, unit: { id: k.unit_id, code: k.unit_code, name: k.unit_name }, algorithm: k.algorithm, status: k.status,
    certificate: k.certificate_pem, certificateSha256: k.certificate_sha256,
    notBefore: new Date(k.not_before).toISOString(), notAfter: new Date(k.not_after).toISOString(),
  })),
}));
