/**
 * Row validation for catalog imports. Columns may be named in English or with the Chinese headings
 * offices use; values may be codes or their Chinese labels. Every problem is reported with its line.
 */
import { projectBatchRefusal } from '@skillfed/province-rules';
export interface ImportProblem {
  line: number;
  field: string | null;
  reason: string;
}

export const ASSESSMENT_MODES: Record<string, string> = {
  PRACTICAL: '操作技能考核',
  THEORY: '理论知识考试',
  COMPUTER_BASED: '上机考试',
  SIMULATION: '仿真模拟',
  WORKPIECE: '工件加工',
  WORK_ITEM: '作业项目评定',
  ON_THE_JOB: '工作现场考核',
  WRITTEN_FOR_PRACTICAL: '笔试（以笔代操）',
};

const MODE_ALIASES: Record<string, string> = {
  操作技能: 'PRACTICAL', 操作技能考核: 'PRACTICAL', 实操: 'PRACTICAL',
  理论: 'THEORY', 理论知识: 'THEORY', 理论知识考试: 'THEORY',
  上机: 'COMPUTER_BASED', 上机考试: 'COMPUTER_BASED', 上机操作: 'COMPUTER_BASED', 机考: 'COMPUTER_BASED',
  仿真模拟: 'SIMULATION', 工件加工: 'WORKPIECE', 作业项目评定: 'WORK_ITEM', 工作现场考核: 'ON_THE_JOB',
  以笔代操: 'WRITTEN_FOR_PRACTICAL', 笔试: 'WRITTEN_FOR_PRACTICAL', '笔试（以笔代操）': 'WRITTEN_FOR_PRACTICAL',
};

export const PROJECT_COLUMNS: Record<string, string> = {
  code: 'code', 项目编码: 'code', 编码: 'code',
  name: 'name', 项目名称: 'name', 名称: 'name',
  seq: 'seq', 序号: 'seq',
  origin: 'origin', 来源: 'origin', 备注: 'origin',
  batch: 'batch', 批次: 'batch',
  status: 'status', 状态: 'status',
  modes: 'modes', 考核方式: 'modes',
  theoryseparate: 'theorySeparate', theorySeparate: 'theorySeparate', 单独理论考试: 'theorySeparate', 理论单独: 'theorySeparate',
  durationminutes: 'durationMinutes', durationMinutes: 'durationMinutes', '考核时长（分钟）': 'durationMinutes', 时长: 'durationMinutes',
};

export const OCCUPATION_COLUMNS: Record<string, string> = {
  code: 'code', 职业编码: 'code',
  name: 'name', 职业名称: 'name',
  worktype: 'workType', workType: 'workType', 工种名称: 'workType', 工种: 'workType',
  levelhighest: 'levelHighest', levelHighest: 'levelHighest', 最高等级: 'levelHighest',
  levellowest: 'levelLowest', levelLowest: 'levelLowest', 最低等级: 'levelLowest',
};

export interface ProjectRow {
  line: number;
  code: string;
  name: string;
  seq: number | null;
  origin: 'ORIGINAL_FILING' | 'NEW_FILING' | null;
  batch: number | null;
  status: 'PROPOSED' | 'APPROVED' | 'PUBLISHED' | 'RETIRED';
  modes: string[];
  theorySeparate: boolean | null;
  durationMinutes: number | null;
}

export interface OccupationRow {
  line: number;
  code: string;
  name: string;
  workType: string | null;
  levelHighest: number;
  levelLowest: number;
}

type Raw = Record<string, unknown>;
const text = (v: unknown) => (v === undefined || v === null ? '' : String(v).trim());

function int(raw: Raw, field: string, line: number, min: number, max: number, problems: ImportProblem[]): number | null {
  const value = text(raw[field]);
  if (value === '') return null;
  if (!/^\d+$/.test(value) || Number(value) < min || Number(value) > max) {
    problems.push({ line, field, reason: `${field} 须为 ${min}-${max} 的整数，实际为“${value}” / must be an integer ${min}-${max}` });
    return null;
  }
  return Number(value);
}

export function toProjectRow(raw: Raw, line: number, province: string, problems: ImportProblem[]): ProjectRow | null {
  const before = problems.length;
  const code = text(raw.code);
  const name = text(raw.name);
  if (!code) problems.push({ line, field: 'code', reason: '项目编码不能为空 / code is required' });
  else if (!/^[A-Za-z0-9][A-Za-z0-9._-]{0,39}$/.test(code)) problems.push({ line, field: 'code', reason: `项目编码“${code}”只能含字母、数字、点、横线、下划线，最多40位 / invalid code` });
  if (!name) problems.push({ line, field: 'name', reason: '项目名称不能为空 / name is required' });
  else if ([...name].length > 200) problems.push({ line, field: 'name', reason: '项目名称超过200字 / name is longer than 200 characters' });
  const originText = text(raw.origin);
  const origin = originText === '' ? null : originText === '部、省原有备案' || originText === 'ORIGINAL_FILING' ? 'ORIGINAL_FILING' : originText === '新增备案' || originText === 'NEW_FILING' ? 'NEW_FILING' : undefined;
  if (origin === undefined) problems.push({ line, field: 'origin', reason: `来源“${originText}”应为“部、省原有备案”或“新增备案” / unknown origin` });
  // The range is the province's (projectBatchRefusal); here only a sane whole number.
  const batch = int(raw, 'batch', line, 1, 999, problems);
  const batchRefusal = projectBatchRefusal(province, batch);
  if (batchRefusal) problems.push({ line, field: 'batch', reason: batchRefusal });
  const statusText = text(raw.status) || 'PUBLISHED';
  const STATUS: Record<string, ProjectRow['status']> = { PROPOSED: 'PROPOSED', 已申报: 'PROPOSED', APPROVED: 'APPROVED', 已审定: 'APPROVED', PUBLISHED: 'PUBLISHED', 已发布: 'PUBLISHED', RETIRED: 'RETIRED', 已停用: 'RETIRED' };
  const status = STATUS[statusText];
  if (!status) problems.push({ line, field: 'status', reason: `状态“${statusText}”无效 / unknown status` });
  const modes: string[] = [];
  for (const part of text(raw.modes).split(/[;；、|/]/).map((m) => m.trim()).filter(Boolean)) {
    const mode = ASSESSMENT_MODES[part] ? part : MODE_ALIASES[part];
    if (!mode) problems.push({ line, field: 'modes', reason: `考核方式“${part}”无效 / unknown mode` });
    else if (!modes.includes(mode)) modes.push(mode);
  }
  const separateText = text(raw.theorySeparate);
  const theorySeparate = separateText === '' ? null : ['是', 'true', 'TRUE', '1', 'Y'].includes(separateText) ? true : ['否', 'false', 'FALSE', '0', 'N'].includes(separateText) ? false : undefined;
  if (theorySeparate === undefined) problems.push({ line, field: 'theorySeparate', reason: `单独理论考试应填“是”或“否”，实际为“${separateText}” / expected yes or no` });
  const durationMinutes = int(raw, 'durationMinutes', line, 1, 1440, problems);
  const seq = int(raw, 'seq', line, 1, 100000, problems);
  if (problems.length > before) return null;
  return { line, code, name, seq, origin: origin ?? null, batch, status: status!, modes, theorySeparate: theorySeparate ?? null, durationMinutes };
}

export function toOccupationRow(raw: Raw, line: number, problems: ImportProblem[]): OccupationRow | null {
  const before = problems.length;
  const code = text(raw.code);
  const name = text(raw.name);
  if (!/^\d-\d{2}-\d{2}-\d{2}(-\d{2})?$/.test(code)) problems.push({ line, field: 'code', reason: `职业编码“${code}”格式应为 X-XX-XX-XX（如 6-18-01-01）/ occupation code like 6-18-01-01` });
  if (!name) problems.push({ line, field: 'name', reason: '职业名称不能为空 / name is required' });
  const workType = text(raw.workType);
  const levelHighest = int(raw, 'levelHighest', line, 1, 5, problems);
  const levelLowest = int(raw, 'levelLowest', line, 1, 5, problems);
  if (levelHighest === null && text(raw.levelHighest) === '') problems.push({ line, field: 'levelHighest', reason: '最高等级不能为空 / levelHighest is required' });
  if (levelLowest === null && text(raw.levelLowest) === '') problems.push({ line, field: 'levelLowest', reason: '最低等级不能为空 / levelLowest is required' });
  if (levelHighest !== null && levelLowest !== null && levelHighest > levelLowest) problems.push({ line, field: 'levelHighest', reason: '最高等级须不低于最低等级（1最高，5最低）/ levelHighest must be ≤ levelLowest' });
  if (problems.length > before) return null;
  return { line, code, name, workType: workType === '' || workType === '——' ? null : workType, levelHighest: levelHighest!, levelLowest: levelLowest! };
}
