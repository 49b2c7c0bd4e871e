// The display name of an actor, remembered when the actor is loaded so a request does not
// read the account row a second time just to write its name into history and audit rows.
import type { Actor } from '../../engine/access/actor';

const names = new WeakMap<Actor, string | null>();

export function rememberActorName(actor: Actor, fullName: string | null): void {
  names.set(actor, fullName);
}

/** The full name read with the actor, or undefined when this actor was not loaded here. */
export function knownActorName(actor: Actor): string | null | undefined {
  return names.has(actor) ? names.get(actor) : undefined;
}
