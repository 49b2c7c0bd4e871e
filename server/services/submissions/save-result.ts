// What a save answers (id, new version, state and the rule findings) and the conflict
// error that carries both versions so the client can show them side by side.
import type { RuleIssue, FormRunResult } from '@/engine/rules/form-runtime';
import type { SubmissionRow } from '../../repositories/submission-store';
import { AppError } from '../../errors';
import { dropPaths } from '../../security/fields/sensitive';

export interface SaveResult {
  id: string;
  version: number;
  state: string;
  status: string;
  issues: RuleIssue[];
  hidden: string[];
  blocking: boolean;
  data: Record<string, unknown>;
}

/** `hidden`: restricted paths the writer may not see (SEC-2), left out of the echo. */
export function saveResult(row: SubmissionRow, run: FormRunResult, hidden: string[] = []): SaveResult {
  return {
    id: row.id, version: row.version, state: row.state, status: row.status,
    issues: run.issues, hidden: run.hidden, blocking: run.blocking, data: dropPaths(row.data, hidden),
  };
}

export function versionConflict(current: SubmissionRow | null, yours: unknown, hidden: string[] = []): AppError {
  return new AppError('version-conflict', {
    vi: 'Hồ sơ vừa được người khác cập nhật. Hãy xem lại hai phiên bản trước khi lưu lại.',
    en: 'The submission was changed by someone else. Review both versions before saving again.',
  }, {
    current: current ? { id: current.id, version: current.version, state: current.state, data: dropPaths(current.data, hidden) } : null,
    yours: { data: yours },
  });
}
