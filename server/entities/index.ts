// Every entity the ORM knows, in one list for its configuration.
import { OrgUnit } from './org-unit';
import { Account } from './account';
import { RoleAssignment } from './role-assignment';
import { PasswordHistory } from './password-history';
import { UnitOfficer } from './unit-officer';
import { ApiToken } from './api-token';
import { Definition } from './definition';

export { OrgUnit, Account, RoleAssignment, PasswordHistory, UnitOfficer, ApiToken, Definition };
export const ALL_ENTITIES = [OrgUnit, Account, RoleAssignment, PasswordHistory, UnitOfficer, ApiToken, Definition];
