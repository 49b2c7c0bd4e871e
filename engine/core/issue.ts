// One shape for every problem found in a definition, so the loader, the CLI and the
// admin UI all report "file:pointer: message" the same way and never a stack trace.

/** A problem inside one document; `pointer` is an RFC 6901 JSON pointer ('' = the whole document). */
export interface LocalIssue {
  pointer: string;
  message: string;
}

/** A problem tied to the file it came from. */
export interface DefinitionIssue extends LocalIssue {
  file: string;
}

export function pointerOf(path: ReadonlyArray<string | number | symbol>): string {
  if (path.length === 0) return '';
  return '/' + path.map((p) => String(p).replace(/~/g, '~0').replace(/\//g, '~1')).join('/');
}

export function formatIssue(issue: DefinitionIssue): string {
  return `${issue.file}:${issue.pointer || '/'}: ${issue.message}`;
}
