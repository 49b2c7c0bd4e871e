// A copy of unsaved changes in the browser (localStorage), so a closed tab, a crash or a lost
// connection never loses a draft: restored on return when it was based on the stored version.
export interface DraftBackup {
  baseVersion: number | null;
  data: Record<string, unknown>;
  explanations: Record<string, string>;
  at: string;
}

const keyOf = (scope: string) => `draft:${scope}`;

export function readBackup(scope: string): DraftBackup | null {
  try {
    const raw = window.localStorage.getItem(keyOf(scope));
    return raw ? (JSON.parse(raw) as DraftBackup) : null;
  } catch {
    return null;
  }
}

export function writeBackup(scope: string, backup: DraftBackup): void {
  try {
    window.localStorage.setItem(keyOf(scope), JSON.stringify(backup));
  } catch {
    // storage full or disabled: the server autosave still runs
  }
}

export function clearBackup(scope: string): void {
  try {
    window.localStorage.removeItem(keyOf(scope));
  } catch {
    // nothing to clear
  }
}
