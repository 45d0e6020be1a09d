import { todayInChina } from '@skillfed/common';
import { YearDataMissingError, addWorkingDays, exchangeRules, type Deadline, type Rule, type YearBoundData } from '@skillfed/province-rules';
import type { DataSource } from 'typeorm';
import { EXCHANGED_ACTIONS } from './upload-batch.service';

/**
 * 对账 / where every certificate of a scope stands with the query system:
 * - PENDING: a change (issue, correction, revocation) no batch carries yet;
 * - IN_BATCH: in a batch that awaits its receipt (a later change waits for that batch to close);
 * - ACKNOWLEDGED: its latest change was accepted;
 * - REJECTED: its latest change was rejected and the certificate is still valid: it needs a correction;
 * - CORRECTED: rejected, then corrected — the new certificate carries it (counted on its own).
 */
export type ExchangeState = 'PENDING' | 'IN_BATCH' | 'ACKNOWLEDGED' | 'REJECTED' | 'CORRECTED';

export interface ReconciliationLine {
  /** Prefecture code (xxxx00) of the institutions' city. */
  cityCode: string;
  issued: number;
  pending: number;
  inBatch: number;
  acknowledged: number;
  rejected: number;
  corrected: number;
  /** When the oldest change not yet acknowledged happened (PENDING or IN_BATCH), UTC. */
  oldestUnacknowledgedAt: Date | null;
}

export interface DeadlineFigures {
  rule: Rule<Deadline>;
  /** Certificates acknowledged on or before their due date. */
  met: number;
  metLate: number;
  /** Not acknowledged and past due on `asOf`. */
  overdue: number;
  /** Not acknowledged, not yet due. */
  open: number;
  /** Due dates in a year whose holiday arrangement is not loaded: not computed, never guessed. */
  dueUnknown: number;
  /** The earliest due date among overdue certificates. */
  oldestOverdueDue: string | null;
}

export interface Reconciliation {
  province: string;
  kind: string;
  asOf: string;
  lines: ReconciliationLine[];
  total: ReconciliationLine;
  deadline: DeadlineFigures | null;
}

function toDate(value: unknown): Date | null {
  if (value === null || value === undefined) return null;
  if (value instanceof Date) return value;
  const text = String(value);
  return new Date(/Z|[+-]\d\d:?\d\d$/.test(text) ? text : `${text.replace(' ', 'T')}Z`);
}

const ACTIONS = EXCHANGED_ACTIONS.map(() => '?').join(', ');

/** The state of each certificate as SQL, over `c` (certificates) and `e` (its latest exchanged event). */
const STATE_SQL = `CASE
  WHEN EXISTS (SELECT 1 FROM upload_batch_rows o WHERE o.open_certificate_id = c.id) THEN 'IN_BATCH'
  WHEN NOT EXISTS (SELECT 1 FROM upload_batch_rows r WHERE r.certificate_id = c.id AND r.event_step >= e.step) THEN 'PENDING'
  WHEN (SELECT l.outcome FROM upload_batch_rows l WHERE l.certificate_id = c.id ORDER BY l.event_step DESC LIMIT 1) = 'ACCEPTED' THEN 'ACKNOWLEDGED'
  WHEN c.status = 'VALID' THEN 'REJECTED'
  ELSE 'CORRECTED' END`;

function scopeSql(cityCode: string): string {
  return `FROM certificates c
    JOIN certificate_events e ON e.certificate_id = c.id
     AND e.step = (SELECT MAX(e2.step) FROM certificate_events e2 WHERE e2.certificate_id = c.id AND e2.action IN (${ACTIONS}))
   WHERE c.province = ? AND c.kind = ? ${cityCode ? 'AND c.city_code LIKE ?' : ''}`;
}

function scopeParams(province: string, kind: string, cityCode: string): unknown[] {
  return [...EXCHANGED_ACTIONS, province, kind, ...(cityCode ? [`${cityCode.slice(0, 4)}%`] : [])];
}

/**
 * Figures per city of one province and kind (one city when `cityCode` is given). Reads the scope's
 * certificates through the (province, kind, city) index with a few index look-ups each: a report, not
 * a hot path; its cost follows the scope's certificates.
 */
export async function reconcile(db: DataSource, scope: { province: string; kind: string; cityCode: string }, options: { asOf?: string | null; yearData?: (() => Promise<YearBoundData>) | null } = {}): Promise<Reconciliation> {
  const asOf = options.asOf ?? todayInChina();
  const rows: { city: string; state: ExchangeState; n: number | string; since: unknown }[] = await db.query(
    `SELECT s.city AS city, s.state AS state, COUNT(*) AS n, MIN(s.since) AS since
       FROM (SELECT SUBSTR(c.city_code, 1, 4) AS city, e.occurred_at AS since, ${STATE_SQL} AS state ${scopeSql(scope.cityCode)}) s
      GROUP BY s.city, s.state`,
    scopeParams(scope.province, scope.kind, scope.cityCode),
  );
  const empty = (cityCode: string): ReconciliationLine => ({ cityCode, issued: 0, pending: 0, inBatch: 0, acknowledged: 0, rejected: 0, corrected: 0, oldestUnacknowledgedAt: null });
  const byCity = new Map<string, ReconciliationLine>();
  const total = empty(scope.cityCode);
  const field: Record<ExchangeState, keyof ReconciliationLine> = { PENDING: 'pending', IN_BATCH: 'inBatch', ACKNOWLEDGED: 'acknowledged', REJECTED: 'rejected', CORRECTED: 'corrected' };
  for (const row of rows) {
    const city = `${row.city}00`;
    const line = byCity.get(city) ?? empty(city);
    byCity.set(city, line);
    const n = Number(row.n);
    for (const target of [line, total]) {
      (target[field[row.state]] as number) += n;
      target.issued += n;
      if (row.state === 'PENDING' || row.state === 'IN_BATCH') {
        const since = toDate(row.since);
        if (since && (!target.oldestUnacknowledgedAt || since < target.oldestUnacknowledgedAt)) target.oldestUnacknowledgedAt = since;
      }
    }
  }
  const lines = [...byCity.values()].sort((a, b) => (a.cityCode < b.cityCode ? -1 : 1));
  return { province: scope.province, kind: scope.kind, asOf, lines, total, deadline: await deadlineFigures(db, scope, asOf, options.yearData ?? null) };
}

/**
 * The province's "data online within N working days" rule per certificate: due = N working days after
 * the issue date (the day its data is generated), met by the date the query system accepted it.
 * Certificates replaced or revoked before ever being accepted are left out: nothing of theirs was due
 * online. Grouped by (issue date, acceptance date) so the calendar runs once per distinct pair.
 */
async function deadlineFigures(db: DataSource, scope: { province: string; kind: string; cityCode: string }, asOf: string, loadYearData: (() => Promise<YearBoundData>) | null): Promise<DeadlineFigures | null> {
  const rule = exchangeRules(scope.province, scope.kind as 'SPECIAL_ABILITY').uploadDeadline;
  if (!rule.value) return null;
  const days = rule.value.workingDays;
  const groups: { issued_on: string; acked: string | null; n: number | string }[] = await db.query(
    `SELECT d.issued_on AS issued_on, d.acked AS acked, COUNT(*) AS n FROM (
        SELECT c.issued_on AS issued_on,
               (SELECT MIN(a.outcome_on) FROM upload_batch_rows a WHERE a.certificate_id = c.id AND a.outcome = 'ACCEPTED') AS acked,
               c.status AS status
          FROM certificates c
         WHERE c.province = ? AND c.kind = ? ${scope.cityCode ? 'AND c.city_code LIKE ?' : ''}) d
      WHERE d.status = 'VALID' OR d.acked IS NOT NULL
      GROUP BY d.issued_on, d.acked`,
    [scope.province, scope.kind, ...(scope.cityCode ? [`${scope.cityCode.slice(0, 4)}%`] : [])],
  );
  // The calendar (loaded holiday arrangements) is asked for only when a rule needs it.
  const yearData = loadYearData ? await loadYearData() : null;
  const figures: DeadlineFigures = { rule, met: 0, metLate: 0, overdue: 0, open: 0, dueUnknown: 0, oldestOverdueDue: null };
  for (const g of groups) {
    const n = Number(g.n);
    const issuedOn = String(g.issued_on).slice(0, 10);
    let due: string;
    try {
      due = yearData ? addWorkingDays(issuedOn, days, yearData.calendar) : addWorkingDays(issuedOn, days);
    } catch (error) {
      if (!(error instanceof YearDataMissingError)) throw error;
      figures.dueUnknown += n;
      continue;
    }
    const acked = g.acked ? String(g.acked).slice(0, 10) : null;
    if (acked) {
      if (acked <= due) figures.met += n;
      else figures.metLate += n;
    } else if (asOf > due) {
      figures.overdue += n;
      if (!figures.oldestOverdueDue || due < figures.oldestOverdueDue) figures.oldestOverdueDue = due;
    } else figures.open += n;
  }
  return figures;
}

export type DeadlineState = 'MET' | 'MET_LATE' | 'OVERDUE' | 'OPEN';

export interface CertificateDeadline {
  id: string;
  number: string;
  cityCode: string;
  issuedOn: string;
  dueOn: string;
  acknowledgedOn: string | null;
  state: DeadlineState;
}

/**
 * The last issue date whose due date (N working days later) falls before `asOf`: certificates issued on
 * or before it and not yet accepted are overdue. Found by bisection (adding working days never goes back).
 */
export function overdueCutoff(asOf: string, days: number, add: (date: string, days: number) => string): string {
  const day = (d: string, n: number) => new Date(Date.parse(`${d}T00:00:00Z`) + n * 86_400_000).toISOString().slice(0, 10);
  let lo = day(asOf, -Math.ceil(days * 3) - 60); // surely due before asOf
  let hi = asOf; // due after asOf
  while (day(lo, 1) < hi) {
    const span = Math.round((Date.parse(hi) - Date.parse(lo)) / 86_400_000);
    const mid = day(lo, Math.floor(span / 2));
    if (add(mid, days) < asOf) lo = mid;
    else hi = mid;
  }
  return lo;
}

/**
 * One page of the scope's certificates with their data-online deadline, oldest issue first (keyset on
 * issue date and id). `state` narrows to the overdue, the open or the acknowledged (met or late).
 */
export async function certificateDeadlines(
  db: DataSource,
  scope: { province: string; kind: string; cityCode: string },
  options: { asOf: string; state: 'OVERDUE' | 'OPEN' | 'ACKNOWLEDGED' | null; limit: number; after: [string, string] | null; add: (date: string, days: number) => string },
): Promise<{ rows: CertificateDeadline[]; hasNextPage: boolean; count: () => Promise<number> } | null> {
  const rule = exchangeRules(scope.province, scope.kind as 'SPECIAL_ABILITY').uploadDeadline;
  if (!rule.value) return null;
  const days = rule.value.workingDays;
  const where: string[] = ['c.province = ?', 'c.kind = ?'];
  const params: unknown[] = [scope.province, scope.kind];
  if (scope.cityCode) (where.push('c.city_code LIKE ?'), params.push(`${scope.cityCode.slice(0, 4)}%`));
  const accepted = "EXISTS (SELECT 1 FROM upload_batch_rows a WHERE a.certificate_id = c.id AND a.outcome = 'ACCEPTED')";
  // Replaced or revoked before ever being accepted: nothing of theirs was due online.
  where.push(`(c.status = 'VALID' OR ${accepted})`);
  if (options.state === 'ACKNOWLEDGED') where.push(accepted);
  if (options.state === 'OVERDUE' || options.state === 'OPEN') {
    where.push(`NOT ${accepted}`, options.state === 'OVERDUE' ? 'c.issued_on <= ?' : 'c.issued_on > ?');
    params.push(overdueCutoff(options.asOf, days, options.add));
  }
  const filter = where.join(' AND ');
  const filterParams = [...params];
  if (options.after) (where.push('(c.issued_on > ? OR (c.issued_on = ? AND c.id > ?))'), params.push(options.after[0], options.after[0], options.after[1]));
  const found: { id: string; number: string; city_code: string; issued_on: string; acked: string | null }[] = await db.query(
    `SELECT c.id, c.number, c.city_code, c.issued_on,
            (SELECT MIN(a.outcome_on) FROM upload_batch_rows a WHERE a.certificate_id = c.id AND a.outcome = 'ACCEPTED') AS acked
       FROM certificates c WHERE ${where.join(' AND ')} ORDER BY c.issued_on, c.id LIMIT ${Number(options.limit) + 1}`,
    params,
  );
  const rows = found.slice(0, options.limit).map((r) => {
    const issuedOn = String(r.issued_on).slice(0, 10);
    const dueOn = options.add(issuedOn, days);
    const acknowledgedOn = r.acked ? String(r.acked).slice(0, 10) : null;
    const state: DeadlineState = acknowledgedOn ? (acknowledgedOn <= dueOn ? 'MET' : 'MET_LATE') : options.asOf > dueOn ? 'OVERDUE' : 'OPEN';
    return { id: r.id, number: r.number, cityCode: r.city_code, issuedOn, dueOn, acknowledgedOn, state };
  });
  return {
    rows,
    hasNextPage: found.length > options.limit,
    count: async () => {
      const [row] = (await db.query(`SELECT COUNT(*) AS n FROM certificates c WHERE ${filter}`, filterParams)) as { n: number | string }[];
      return Number(row?.n ?? 0);
    },
  };
}
