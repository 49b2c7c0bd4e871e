// The single json-logic entry point shared by browser and server, so a rule gives the
// same answer in the form and at submit. Custom operations come from ./operations and
// are installed once under their own names (no built-in is replaced).
import jsonLogic from 'json-logic-js';
import { installOperations, withCatalogs, type CatalogLookup } from './operations';

installOperations(jsonLogic);

/** Evaluates json-logic over data with the registry's custom operations available. */
export function evaluateLogic(logic: unknown, data: unknown): unknown {
  return jsonLogic.apply(logic as never, data);
}

/** Same as evaluateLogic, with catalog lookups (catalog_has / catalog_name) answered from `catalogs`. */
export function evaluateWithCatalogs(logic: unknown, data: unknown, catalogs: CatalogLookup): unknown {
  return withCatalogs(catalogs, () => jsonLogic.apply(logic as never, data));
}

/** json-logic truthiness (empty array is false, "0" is true), for rule outcomes. */
export function isTruthy(value: unknown): boolean {
  return jsonLogic.truthy(value);
}
