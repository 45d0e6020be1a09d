import { openPersonal, type Caller, type PeerClient } from '@skillfed/common';
import type { DataSource } from 'typeorm';

/**
 * 交换记录 / one certificate as the query systems receive it. Holder name and ID number travel in
 * clear: that is the purpose of the file (the national system matches holders by them). They are
 * opened here, written straight to the file and never logged.
 */
export interface ExchangeRecord {
  number: string;
  holderName: string;
  idType: string;
  idNumber: string;
  kind: string;
  /** Project code (special ability) or occupation code (skill levels). */
  code: string;
  name: string;
  level: number | null;
  issuer: string;
  issuerCode: string;
  issuedOn: string;
  status: string;
  changeKind: string;
  /** For a correction: the number it replaces. */
  replacesNumber: string | null;
}

/** Column order and headings of every export format (JSON Lines uses the keys). */
export const EXCHANGE_COLUMNS: { key: keyof ExchangeRecord; heading: string }[] = [
  { key: 'number', heading: '证书编号' },
  { key: 'holderName', heading: '姓名' },
  { key: 'idType', heading: '证件类型' },
  { key: 'idNumber', heading: '证件号码' },
  { key: 'kind', heading: '证书种类' },
  { key: 'code', heading: '项目/职业代码' },
  { key: 'name', heading: '项目/职业名称' },
  { key: 'level', heading: '等级' },
  { key: 'issuer', heading: '发证机构' },
  { key: 'issuerCode', heading: '发证机构代码' },
  { key: 'issuedOn', heading: '发证日期' },
  { key: 'status', heading: '证书状态' },
  { key: 'changeKind', heading: '变更类型' },
  { key: 'replacesNumber', heading: '原证书编号' },
];

/** Every holder is identified by the resident ID card the candidate registered with. */
export const ID_TYPE_RESIDENT = '居民身份证';

/** Project and occupation names live in the catalog; the export asks for each distinct id once. */
export interface CatalogNames {
  projects(ids: string[]): Promise<Map<string, { code: string; name: string }>>;
  occupations(codes: string[]): Promise<Map<string, string>>;
}

/** Through the catalog subgraph (peer call, as the caller): the running federation. */
export function peerCatalogNames(catalog: PeerClient, caller: Caller): CatalogNames {
  return {
    async projects(ids) {
      const found = new Map<string, { code: string; name: string }>();
      for (let i = 0; i < ids.length; i += 100) {
        const data = await catalog.query<{ _entities: ({ id: string; code: string; name: string } | null)[] }>(
          'query ($r: [_Any!]!) { _entities(representations: $r) { ... on Project { id code name } } }',
          { r: ids.slice(i, i + 100).map((id) => ({ __typename: 'Project', id })) },
          caller,
        );
        for (const p of data._entities) if (p) found.set(p.id, { code: p.code, name: p.name });
      }
      return found;
    },
    async occupations(codes) {
      const found = new Map<string, string>();
      for (const code of codes) {
        const data = await catalog.query<{ occupations: { nodes: { code: string; name: string }[] } }>(
          'query ($c: String!) { occupations(codePrefix: $c, first: 5) { nodes { code name } } }',
          { c: code },
          caller,
        );
        const exact = data.occupations.nodes.find((o) => o.code === code);
        if (exact) found.set(code, exact.name);
      }
      return found;
    },
  };
}

/** Straight from the catalog's database (the command line and the benchmark, which run no federation). */
export function sqlCatalogNames(catalog: DataSource): CatalogNames {
  return {
    async projects(ids) {
      const found = new Map<string, { code: string; name: string }>();
      for (let i = 0; i < ids.length; i += 500) {
        const part = ids.slice(i, i + 500);
        const rows: { id: string; code: string; name: string }[] = await catalog.query(`SELECT id, code, name FROM projects WHERE id IN (${part.map(() => '?').join(',')})`, part);
        for (const r of rows) found.set(r.id, { code: r.code, name: r.name });
      }
      return found;
    },
    async occupations(codes) {
      const found = new Map<string, string>();
      if (!codes.length) return found;
      const rows: { code: string; name: string }[] = await catalog.query(`SELECT code, name FROM occupations WHERE code IN (${codes.map(() => '?').join(',')})`, codes);
      for (const r of rows) found.set(r.code, r.name);
      return found;
    },
  };
}

/** Names unknown to the catalog (a project retired and purged) export as empty rather than failing the file. */
export const NO_CATALOG: CatalogNames = {
  projects: async () => new Map(),
  occupations: async () => new Map(),
};

interface RawRow {
  number: string;
  change_kind: string;
  certificate_status: string;
  holder_name: string;
  holder_resident_id: string;
  kind: string;
  project_id: string | null;
  occupation_code: string | null;
  level: number | string | null;
  issuer_body: string;
  issuer_code: string;
  issued_on: string;
  replaces_number: string | null;
}

export const EXPORT_PAGE = 2000;

/**
 * The batch's records in number order, one page at a time (keyset on the batch's number index): memory
 * holds one page whatever the batch's size. Names are cached per export (projects are few).
 */
export async function* readBatchRecords(db: DataSource, batchId: string, names: CatalogNames, pageSize = EXPORT_PAGE): AsyncGenerator<ExchangeRecord[]> {
  const projects = new Map<string, { code: string; name: string }>();
  const occupations = new Map<string, string>();
  const page = (after: string): Promise<RawRow[]> =>
    db.query(
      `SELECT r.number, r.change_kind, r.certificate_status, c.holder_name, c.holder_resident_id, c.kind, c.project_id, c.occupation_code, c.level,
              c.issuer_body, c.issuer_code, c.issued_on, p.number AS replaces_number
         FROM upload_batch_rows r
         JOIN certificates c ON c.id = r.certificate_id
         LEFT JOIN certificates p ON p.id = c.replaces_id
        WHERE r.batch_id = ? AND r.number > ?
        ORDER BY r.number
        LIMIT ${Number(pageSize)}`,
      [batchId, after],
    );
  let next: Promise<RawRow[]> | null = page('');
  while (next) {
    const rows: RawRow[] = await next;
    // The next page is read while this one is opened and written (two pages in memory at most).
    next = rows.length === pageSize ? page(rows[rows.length - 1].number) : null;
    if (!rows.length) return;
    const newProjects = [...new Set(rows.map((r) => r.project_id).filter((id): id is string => !!id && !projects.has(id)))];
    if (newProjects.length) {
      const found = await names.projects(newProjects);
      for (const id of newProjects) projects.set(id, found.get(id) ?? { code: '', name: '' });
    }
    const newOccupations = [...new Set(rows.map((r) => r.occupation_code).filter((c): c is string => !!c && !occupations.has(c)))];
    if (newOccupations.length) {
      const found = await names.occupations(newOccupations);
      for (const c of newOccupations) occupations.set(c, found.get(c) ?? '');
    }
    yield rows.map((r) => {
      const project = r.project_id ? projects.get(r.project_id) : undefined;
      const byOccupation = r.kind === 'SKILL_LEVEL' && r.occupation_code;
      return {
        number: r.number,
        holderName: openPersonal(r.holder_name),
        idType: ID_TYPE_RESIDENT,
        idNumber: openPersonal(r.holder_resident_id),
        kind: r.kind,
        code: byOccupation ? r.occupation_code! : (project?.code ?? ''),
        name: byOccupation ? occupations.get(r.occupation_code!) ?? '' : (project?.name ?? ''),
        level: r.level === null || r.level === undefined ? null : Number(r.level),
        issuer: r.issuer_body,
        issuerCode: r.issuer_code,
        issuedOn: typeof r.issued_on === 'string' ? r.issued_on.slice(0, 10) : String(r.issued_on),
        status: r.certificate_status,
        changeKind: r.change_kind,
        replacesNumber: r.replaces_number ?? null,
      };
    });
  }
}
