// The shape of a guard or action reference ({type, params}). It lives here, below both the
// definition schema and the registry (combinators nest refs), so neither imports the other.
import { z } from 'zod';

/** A guard or action by registry name; params are checked against the registry entry's schema. */
export const namedRefSchema = z.strictObject({
  type: z.string().min(1),
  params: z.record(z.string(), z.unknown()).optional(),
});
export type NamedRef = z.infer<typeof namedRefSchema>;
