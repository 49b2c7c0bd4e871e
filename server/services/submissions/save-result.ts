// What a save answers (id, new version, state and the rule findings) and the conflict
// error that carries both versions so the client can show them side by side.
import type { RuleIssue, FormRunResult } from '@/engine/rules/form-runtime';
import type { SubmissionRow } from '../../entities/submission';
import { AppError } from '../../errors';

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

export function saveResult(row: SubmissionRow, run: FormRunResult): SaveResult {
  return {
    id: row.id, version: row.version, state: row.state, status: row.status,
    issues: run.issues, hidden: run.hidden, blocking: run.blocking, data: row.data,
  };
}

export function versionConflict(current: SubmissionRow | null, yours: unknown): AppError {
  return new AppError('version-conflict', {
    vi: 'Hồ sơ vừa được người khác cập nhật. Hãy xem lại hai phiên bản trước khi lưu lại.',
    en: 'The submission was changed by someone else. Review both versions before saving again.',
  }, {
    current: current ? { id: current.id, version: current.version, state: current.state, data: current.data } : null,
    yours: { data: yours },
  });
}
