// Every entity the ORM knows, in one list for its configuration.
import { OrgUnit } from './org-unit';
import { Account } from './account';
import { RoleAssignment } from './role-assignment';
import { PasswordHistory } from './password-history';
import { UnitOfficer } from './unit-officer';
import { ApiToken } from './api-token';
import { Definition } from './definition';
import { Submission } from './submission';
import { SubmissionEvent } from './submission-event';
import { Fact } from './fact';
import { Attachment } from './attachment';
import { Notification } from './notification';
import { EmailOutbox } from './outbox';
import { BackupRecord } from './backup-record';

export { OrgUnit, Account, RoleAssignment, PasswordHistory, UnitOfficer, ApiToken, Definition, Submission, SubmissionEvent, Fact, Attachment, Notification, EmailOutbox, BackupRecord };
export const ALL_ENTITIES = [OrgUnit, Account, RoleAssignment, PasswordHistory, UnitOfficer, ApiToken, Definition,
  Submission, SubmissionEvent, Fact, Attachment, Notification, EmailOutbox, BackupRecord];
