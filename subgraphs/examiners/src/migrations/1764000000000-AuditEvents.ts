import { CreateAuditEvents } from '@skillfed/common';

/** The append-only audit trail of this subgraph (issue 9); the table and its triggers are shared code. */
export class AuditEvents1764000000000 extends CreateAuditEvents {
  name = 'AuditEvents1764000000000';
}
