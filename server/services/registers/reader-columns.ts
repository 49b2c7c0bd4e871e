// The register columns one reader may see (SEC-2): restricted columns not naming any of their
// roles are dropped (and the rest re-lettered); filters on a column they cannot see (403) or
// on an encrypted one, stored as ciphertext (422), are refused, a sort on either is ignored.
import type { RoleName } from '@/engine/access/actor';
import type { FormDefinition } from '@/engine/definitions/form';
import { AppError } from '../../errors';
import { hiddenFor } from '../../security/fields/sensitive';
import type { RecordFilters } from './record-filters';
import { columnLetter, displayColumns, type RegisterColumn } from './register-columns';

/** `columns` without the hidden top-level fields, letters renumbered to the remaining order. */
export function withoutHidden(columns: RegisterColumn[], hidden: readonly string[]): RegisterColumn[] {
  if (hidden.length === 0) return columns;
  return columns.filter((c) => !hidden.includes(c.code)).map((c, i) => ({ ...c, letter: columnLetter(i) }));
}

/** The list/export columns for a reader with `roles`. */
export function readerColumns(form: FormDefinition, roles: readonly RoleName[]): RegisterColumn[] {
  return withoutHidden(displayColumns(form), hiddenFor(form, roles));
}

/**
 * The filters as a reader may apply them: an `f.<field>` filter on a field hidden for them is
 * refused (403), on an encrypted field too (422: SQL sees only ciphertext); a sort on either
 * is dropped (the default order is used), since the grid offers every column for sorting.
 */
export function readerFilters<F extends RecordFilters>(form: FormDefinition, roles: readonly RoleName[], filters: F): F {
  const hidden = hiddenFor(form, roles);
  const encrypted = form.encrypted ?? [];
  const asked = Object.keys(filters.fields ?? {});
  const notVisible = asked.find((f) => hidden.includes(f));
  if (notVisible) {
    throw new AppError('forbidden', {
      vi: 'Bạn không được xem trường này nên không thể lọc theo nó.', en: 'You may not see this field, so you cannot filter by it.',
    }, { field: notVisible });
  }
  const sealed = asked.find((f) => encrypted.includes(f));
  if (sealed) {
    throw new AppError('validation-failed', {
      vi: 'Trường này được mã hóa nên không thể lọc theo nó.', en: 'This field is encrypted, so it cannot be filtered by.',
    }, { field: sealed });
  }
  const sort = filters.sort && (hidden.includes(filters.sort) || encrypted.includes(filters.sort)) ? undefined : filters.sort;
  return { ...filters, sort };
}
