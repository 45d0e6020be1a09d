import { BadUserInputError, ForbiddenError, UnauthenticatedError, cityCovers, type Caller, type SubgraphContext } from '@skillfed/common';
import { SUMMARY_LEVEL_COLUMNS, addMonths, getProvince, provinceCityName, schoolAssessmentRules } from '@skillfed/province-rules';
import ExcelJS from 'exceljs';
import type { Loaders } from './exam-batch.loader';
import { SchoolAssessment, SchoolCandidate } from './school-assessment.entity';
import { schoolFacts } from './school-assessment.service';

type Ctx = SubgraphContext<Loaders>;

/** One occupation (工种) row of 附件7: certificates issued in the month per level, and the row's subtotal. */
export interface SummaryRowData {
  occupationCode: string | null;
  occupationName: string;
  workType: string | null;
  /** Index 0 = level 1 (高级技师) … 4 = level 5 (初级工). */
  byLevel: [number, number, number, number, number];
  subtotal: number;
}

export interface SummaryData {
  province: string;
  month: string;
  institutionId: string | null;
  cityCode: string;
  /** 填报单位: the school, or the city's centre for a city summary. */
  reportingUnit: string;
  rows: SummaryRowData[];
  totals: SummaryRowData;
  form: string;
  source: { document: string; section: string };
}

/** More rows than this is not a month of one school or city; refused rather than returned. */
export const MAX_SUMMARY_ROWS = 2000;

const MONTH = /^(\d{4})-(0[1-9]|1[0-2])$/;

function assertMayReadSummary(caller: Caller, province: string, cityCode: string, institutionId: string | null): void {
  if (caller.role === 'PUBLIC') throw new UnauthenticatedError();
  const ok =
    caller.role === 'NATIONAL_ADMIN' ||
    (caller.role === 'PROVINCE_OPERATOR' && caller.provinces.includes(province)) ||
    (caller.role === 'CITY_OPERATOR' && caller.provinces.includes(province) && cityCovers(caller.cityCodes, cityCode)) ||
    (caller.role === 'INSTITUTION_STAFF' && institutionId !== null && caller.institutionId === institutionId);
  if (!ok) throw new ForbiddenError('无权查看该汇总表（学校只看本校，市只看本市）/ a school sees its own summary, a city its own');
}

/**
 * 附件7 技工院校职业技能等级认定结果汇总表 for one month, from the school assessments whose
 * certificates were issued that month: per school (institutionId) or per city (province + cityCode).
 */
export async function monthlySummary(ctx: Ctx, args: { month: string; institutionId?: string | null; province?: string | null; cityCode?: string | null }): Promise<SummaryData> {
  const m = MONTH.exec(args.month ?? '');
  if (!m) throw new BadUserInputError('month 须为 YYYY-MM / month must be YYYY-MM', { field: 'month' });
  const from = `${args.month}-01`;
  const to = addMonths(from, 1);
  let province: string;
  let cityCode: string;
  let institutionId: string | null = null;
  let reportingUnit: string;
  if (args.institutionId) {
    if (args.cityCode) throw new BadUserInputError('institutionId 与 cityCode 只能给一个 / give institutionId or cityCode, not both', { field: 'cityCode' });
    if (ctx.caller.role === 'INSTITUTION_STAFF' && ctx.caller.institutionId !== args.institutionId) assertMayReadSummary(ctx.caller, '', '', null);
    const school = await schoolFacts(ctx, args.institutionId);
    if (!school) throw new BadUserInputError('机构不存在 / no such institution', { field: 'institutionId' });
    province = school.province;
    cityCode = school.cityCode;
    institutionId = school.id;
    reportingUnit = school.name;
  } else {
    if (!args.province || !args.cityCode || !/^\d{6}$/.test(args.cityCode)) throw new BadUserInputError('须给出 institutionId，或 province 与6位 cityCode / give institutionId, or province and a 6-digit cityCode', { field: 'cityCode' });
    province = args.province;
    cityCode = `${args.cityCode.slice(0, 4)}00`;
    const city = provinceCityName(province, cityCode) ?? cityCode;
    reportingUnit = `${city}${schoolAssessmentRules(province).rules.review.value?.body.replace(/^各市/, '') ?? '公共就业服务机构'}`;
  }
  assertMayReadSummary(ctx.caller, province, cityCode, institutionId);
  const { rules } = schoolAssessmentRules(province);
  const qb = ctx.db
    .getRepository(SchoolCandidate)
    .createQueryBuilder('c')
    .innerJoin(SchoolAssessment, 'a', 'a.id = c.assessment_id')
    .select('a.occupation_code', 'code')
    .addSelect('a.occupation_name', 'name')
    .addSelect('a.work_type', 'workType')
    .addSelect('a.level', 'level')
    .addSelect('COUNT(*)', 'n')
    .where('a.province = :province', { province })
    .andWhere('c.certificate_issued_on >= :from AND c.certificate_issued_on < :to', { from, to })
    .groupBy('a.occupation_code')
    .addGroupBy('a.occupation_name')
    .addGroupBy('a.work_type')
    .addGroupBy('a.level')
    .orderBy('a.occupation_code', 'ASC')
    .addOrderBy('a.work_type', 'ASC')
    .limit(MAX_SUMMARY_ROWS * 5 + 1);
  if (institutionId) qb.andWhere('a.institution_id = :institutionId', { institutionId });
  else qb.andWhere('a.city_code LIKE :city', { city: `${cityCode.slice(0, 4)}%` });
  const raw = await qb.getRawMany<{ code: string; name: string; workType: string | null; level: number | string; n: number | string }>();
  const rows = new Map<string, SummaryRowData>();
  for (const r of raw) {
    const key = `${r.code}\u0000${r.workType ?? ''}`;
    const row = rows.get(key) ?? { occupationCode: r.code, occupationName: r.name, workType: r.workType, byLevel: [0, 0, 0, 0, 0], subtotal: 0 };
    const n = Number(r.n);
    row.byLevel[Number(r.level) - 1] += n;
    row.subtotal += n;
    rows.set(key, row);
  }
  if (rows.size > MAX_SUMMARY_ROWS) throw new BadUserInputError(`汇总表超过${MAX_SUMMARY_ROWS}行 / more than ${MAX_SUMMARY_ROWS} rows`, { field: 'month' });
  const list = [...rows.values()];
  const totals: SummaryRowData = { occupationCode: null, occupationName: '合  计', workType: null, byLevel: [0, 0, 0, 0, 0], subtotal: 0 };
  for (const row of list) {
    row.byLevel.forEach((n, i) => (totals.byLevel[i] += n));
    totals.subtotal += row.subtotal;
  }
  const src = rules.monthlySummary.source;
  return { province, month: args.month, institutionId, cityCode, reportingUnit, rows: list, totals, form: rules.monthlySummary.value?.form ?? '', source: { document: src.document, section: src.section } };
}

/** 职业（工种）名称 as one cell: the occupation, and its work type or “——” where there is none (附件 注3). */
export function occupationLabel(row: Pick<SummaryRowData, 'occupationName' | 'workType'>): string {
  return `${row.occupationName}（${row.workType ?? '——'}）`;
}

/** The summary as an XLSX workbook in 附件7's layout: title, 填报单位（章）, 单位：人, level columns 五级 … 一级, 小计, 合  计. */
export async function summaryWorkbook(summary: SummaryData): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  wb.creator = 'skillfed';
  const ws = wb.addWorksheet('附件7', { pageSetup: { paperSize: 9, orientation: 'landscape' } });
  ws.columns = [{ width: 34 }, ...SUMMARY_LEVEL_COLUMNS.map(() => ({ width: 16 })), { width: 12 }];
  const [, year, month] = MONTH.exec(summary.month)!;
  ws.mergeCells('A1:G1');
  ws.getCell('A1').value = summary.form.replace(/（附件7）$/, '') || '技工院校职业技能等级认定结果汇总表';
  ws.getCell('A1').font = { bold: true, size: 16 };
  ws.getCell('A1').alignment = { horizontal: 'center' };
  ws.mergeCells('A2:G2');
  ws.getCell('A2').value = `${Number(year)}年${Number(month)}月`;
  ws.getCell('A2').alignment = { horizontal: 'center' };
  ws.mergeCells('A3:E3');
  ws.getCell('A3').value = `填报单位：${summary.reportingUnit}（章）`;
  ws.mergeCells('F3:G3');
  ws.getCell('F3').value = '单位：人';
  ws.getCell('F3').alignment = { horizontal: 'right' };
  const header = ws.addRow(['职业（工种）名称', ...SUMMARY_LEVEL_COLUMNS.map((c) => c.name), '小计']);
  header.font = { bold: true };
  const levels = (r: SummaryRowData) => SUMMARY_LEVEL_COLUMNS.map((c) => r.byLevel[c.level - 1]);
  for (const row of summary.rows) ws.addRow([occupationLabel(row), ...levels(row), row.subtotal]);
  const total = ws.addRow([summary.totals.occupationName, ...levels(summary.totals), summary.totals.subtotal]);
  total.font = { bold: true };
  for (let r = header.number; r <= total.number; r++) {
    ws.getRow(r).eachCell({ includeEmpty: true }, (cell) => {
      cell.border = { top: { style: 'thin' }, left: { style: 'thin' }, bottom: { style: 'thin' }, right: { style: 'thin' } };
      if (typeof cell.value === 'number' || r === header.number) cell.alignment = { horizontal: 'center' };
    });
  }
  ws.addRow([]);
  ws.addRow([`依据：${summary.source.document} ${summary.source.section}；${getProvince(summary.province).identity.name}`]);
  return Buffer.from(await wb.xlsx.writeBuffer());
}
