// What the entry form's templates and widgets read from RJSF's formContext: the live rule
// results (hidden fields, warnings), explanations typed for warnings, and the attachment
// plumbing. One object per rules run, so fields re-render only when results change.
import type { AttachmentDto, RuleIssue } from '@/components/submission/types';

export interface AttachmentPort {
  /** The submission id, saving the draft first when it does not exist yet. */
  ensureSaved: () => Promise<string | null>;
  submissionId: string | null;
  list: AttachmentDto[];
  onUploaded: (a: AttachmentDto) => void;
}

export interface EntryContext {
  lang: 'vi' | 'en';
  readOnly: boolean;
  /** RJSF ids of fields the rules hide now. */
  hidden: Set<string>;
  /** RJSF ids of computed fields. */
  computed: Set<string>;
  warnings: Map<string, RuleIssue[]>;
  explanations: Record<string, string>;
  onExplain: (key: string, text: string) => void;
  attachments?: AttachmentPort;
}
