import crypto from 'node:crypto';
import { JIANGSU_PROJECTS, certificateRules, creditCodeCheckCharacter, residentIdCheckCharacter } from '@skillfed/province-rules';

/**
 * The demo data set, shared so that each subgraph seeds its own part and the cross-subgraph keys
 * agree. Every organisation and person here is fictional (names end in 示例 or are generic); ID
 * numbers and credit codes are generated with valid check characters so validators accept them.
 */

/** Deterministic UUID (RFC 4122 name-based layout) so re-seeding and other subgraphs get the same keys. */
export function demoId(kind: string, key: string): string {
  const hex = crypto.createHash('sha1').update(`skillfed-demo:${kind}:${key}`).digest('hex');
  const variant = ((parseInt(hex[16], 16) & 0x3) | 0x8).toString(16);
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-5${hex.slice(13, 16)}-${variant}${hex.slice(17, 20)}-${hex.slice(20, 32)}`;
}

export function demoCreditCode(division: string, seq: number): string {
  const first17 = `91${division}${String(seq).padStart(8, '0')}M`.slice(0, 17);
  return first17 + creditCodeCheckCharacter(first17);
}

export function demoResidentId(division: string, birth: string, order: number): string {
  const first17 = `${division}${birth.replace(/-/g, '')}${String(order).padStart(3, '0')}`;
  return first17 + residentIdCheckCharacter(first17);
}

export interface DemoInstitution {
  id: string;
  province: string;
  cityCode: string;
  name: string;
  kind: string;
  creditCode: string;
  address: string;
  contactName: string;
  contactPhone: string;
  filingNumber: string;
  filedOn: string;
}

export interface DemoProject {
  id: string;
  province: string;
  code: string;
  name: string;
  origin: 'ORIGINAL_FILING' | 'NEW_FILING' | null;
  seq: number | null;
  /** Liaoning publication batch 1-5. */
  batch: number | null;
  /** AssessmentMode codes. */
  modes: string[];
}

export interface DemoExamBatch {
  id: string;
  code: string;
  province: string;
  institutionId: string;
  projectId: string;
  startDate: string;
  endDate: string;
  candidateCount: number;
  status: string;
}

export interface DemoExaminer {
  id: string;
  province: string;
  name: string;
  residentId: string;
  phone: string;
  employer: string;
}


const inst = (province: string, cityCode: string, n: number, name: string, kind: string, address: string, filedOn: string): DemoInstitution => ({
  id: demoId('institution', `${province}-${n}`),
  province,
  cityCode,
  name,
  kind,
  creditCode: demoCreditCode(cityCode, 1000 + n),
  address,
  contactName: '联系人示例',
  contactPhone: `1390000${String(1000 + n).slice(-4)}`,
  filingNumber: `${cityCode}-BA-${String(n).padStart(3, '0')}`,
  filedOn,
});

export const DEMO_INSTITUTIONS: DemoInstitution[] = [
  inst('LIAONING', '210100', 1, '辽宁省烹饪行业协会示例', 'PROVINCIAL_INDUSTRY_ORGANISATION', '辽宁省沈阳市和平区示例路1号', '2023-05-10'),
  inst('LIAONING', '210100', 2, '沈阳示例技师学院', 'TECHNICIAN_COLLEGE', '辽宁省沈阳市皇姑区示例街2号', '2024-09-01'),
  inst('SHANDONG', '370100', 3, '济南示例职业技能鉴定所', 'ASSESSMENT_BODY', '山东省济南市历下区示例路3号', '2021-03-15'),
  inst('SHANDONG', '370200', 4, '青岛示例职业培训学校', 'SOCIAL_TRAINING_INSTITUTION', '山东省青岛市市南区示例路4号', '2022-04-20'),
  inst('GUANGDONG_SHAOGUAN', '440203', 5, '韶关示例职业技能培训中心', 'SOCIAL_TRAINING_INSTITUTION', '广东省韶关市武江区示例路5号', '2022-10-08'),
  inst('GUANGDONG_SHAOGUAN', '440204', 6, '韶关示例技工学校', 'TECHNICAL_SCHOOL', '广东省韶关市浈江区示例路6号', '2023-02-14'),
  inst('JIANGSU', '320100', 7, '南京示例职业技能鉴定中心', 'ASSESSMENT_BODY', '江苏省南京市鼓楼区示例路7号', '2020-06-30'),
  inst('JIANGSU', '320500', 8, '苏州示例家具企业', 'EMPLOYER', '江苏省苏州市吴中区示例路8号', '2021-11-11'),
];

const sample = (province: string, n: number, name: string, modes: string[], batch: number | null = null): DemoProject => ({
  id: demoId('project', `${province}-S${n}`),
  province,
  code: `${province.slice(0, 2)}-S${String(n).padStart(3, '0')}`,
  name,
  origin: null,
  seq: null,
  batch,
  modes,
});

/**
 * Liaoning's 320, Shandong's and Shaoguan's catalogs are not listed in the notices: these few sample
 * projects stand in for the demo until the real catalogs are imported. Jiangsu's 84 are the notice's own.
 */
export const DEMO_PROJECTS: DemoProject[] = [
  sample('LIAONING', 1, '中式面点制作（示例）', ['PRACTICAL'], 1),
  sample('LIAONING', 2, '电子商务直播销售（示例）', ['PRACTICAL', 'COMPUTER_BASED'], 4),
  sample('LIAONING', 3, '养老护理基础（示例）', ['PRACTICAL'], 5),
  sample('SHANDONG', 1, '鲁菜制作（示例）', ['WORKPIECE']),
  sample('SHANDONG', 2, '农业无人机植保（示例）', ['SIMULATION', 'ON_THE_JOB']),
  sample('SHANDONG', 3, '家政服务（示例）', ['WORK_ITEM']),
  sample('GUANGDONG_SHAOGUAN', 1, '粤菜制作（示例）', ['WORKPIECE']),
  sample('GUANGDONG_SHAOGUAN', 2, '茶艺服务（示例）', ['WORK_ITEM']),
  sample('GUANGDONG_SHAOGUAN', 3, '电工基础操作（示例）', ['WRITTEN_FOR_PRACTICAL', 'ON_THE_JOB']),
  ...JIANGSU_PROJECTS.map((p) => ({
    id: demoId('project', `JIANGSU-${p.seq}`),
    province: 'JIANGSU',
    code: `JS-${String(p.seq).padStart(3, '0')}`,
    name: p.name,
    origin: p.origin,
    seq: p.seq,
    batch: null,
    modes: [],
  })),
];

const projectOf = (province: string, key: string) => demoId('project', `${province}-${key}`);

const batch = (n: number, province: string, institution: number, project: string, startDate: string, endDate: string, candidateCount: number): DemoExamBatch => ({
  id: demoId('exam-batch', String(n)),
  code: `${province.slice(0, 2)}-${startDate.slice(0, 4)}-${String(n).padStart(4, '0')}`,
  province,
  institutionId: DEMO_INSTITUTIONS[institution - 1].id,
  projectId: projectOf(province, project),
  startDate,
  endDate,
  candidateCount,
  status: 'RESULTS_PUBLISHED',
});

export const DEMO_EXAM_BATCHES: DemoExamBatch[] = [
  batch(1, 'LIAONING', 1, 'S1', '2023-06-24', '2023-06-25', 12),
  batch(2, 'LIAONING', 1, 'S2', '2023-09-23', '2023-09-24', 8),
  batch(3, 'SHANDONG', 3, 'S1', '2024-04-13', '2024-04-13', 15),
  batch(4, 'SHANDONG', 4, 'S3', '2024-05-18', '2024-05-18', 10),
  batch(5, 'GUANGDONG_SHAOGUAN', 5, 'S1', '2024-03-16', '2024-03-16', 20),
  batch(6, 'JIANGSU', 7, '56', '2024-06-15', '2024-06-15', 9),
  batch(7, 'JIANGSU', 8, '3', '2024-07-20', '2024-07-20', 6),
];

const DIVISION_OF: Record<string, string> = { LIAONING: '210102', SHANDONG: '370102', GUANGDONG_SHAOGUAN: '440203', JIANGSU: '320102' };
const FAMILY = ['王', '李', '张', '刘', '陈', '杨', '赵', '黄'];
const GIVEN = ['示例一', '示例二', '示例三', '示例四'];

/** Four people per province: three examiners (a lawful panel everywhere) and a supervisor. */
export const DEMO_EXAMINERS: DemoExaminer[] = Object.keys(DIVISION_OF).flatMap((province, p) =>
  [0, 1, 2, 3].map((i) => ({
    id: demoId('examiner', `${province}-${i}`),
    province,
    name: `${FAMILY[(p * 4 + i) % FAMILY.length]}${i === 3 ? '督导' : '考评'}${GIVEN[i]}`,
    residentId: demoResidentId(DIVISION_OF[province], `197${p}-0${i + 3}-1${i + 2}`, 101 + i),
    phone: `1370000${String(p * 10 + i).padStart(4, '0')}`,
    employer: DEMO_INSTITUTIONS[p * 2].name,
  })),
);

export interface DemoCandidate {
  id: string;
  batchId: string;
  projectId: string;
  name: string;
  residentId: string;
  phone: string;
  /** Subject scores as the panel entered them (one decimal allowed). */
  scores: { subject: string; score: number }[];
}

/**
 * Candidates of the published demo batches, with subject scores by the province's pass rule (Liaoning:
 * one summed practical score; elsewhere theory and practical). Every fifth candidate fails a subject,
 * so the demo shows who does not get a certificate. Certificates are issued from these by the
 * certificates subgraph's own issueCertificates path, never written by hand.
 */
export const DEMO_CANDIDATES: DemoCandidate[] = DEMO_EXAM_BATCHES.flatMap((b, bi) =>
  Array.from({ length: b.candidateCount }, (_v, k) => {
    const division = DIVISION_OF[b.province];
    const subjects = certificateRules(b.province).passRule.value?.subjects ?? ['PRACTICAL'];
    const fails = k % 5 === 4;
    return {
      id: demoId('candidate', `${b.id}-${k}`),
      batchId: b.id,
      projectId: b.projectId,
      name: `${FAMILY[(bi + k) % FAMILY.length]}考生${GIVEN[k % GIVEN.length]}${k >= GIVEN.length ? String(Math.floor(k / GIVEN.length)) : ''}`,
      residentId: demoResidentId(division, `19${90 + (k % 9)}-0${(bi % 9) + 1}-1${k % 10}`, 200 + bi * 40 + k),
      phone: `1360000${String(bi * 100 + k).padStart(4, '0')}`,
      scores: subjects.map((subject, si) => ({ subject, score: fails && si === subjects.length - 1 ? 55.5 : 60 + ((bi * 7 + k * 3 + si * 5) % 40) + (k % 2 ? 0.5 : 0) })),
    };
  }),
);

/** When the demo batches' certificates were issued (20 days after the exam; Liaoning's second batch late). */
export function demoIssuedOn(batch: DemoExamBatch, index: number): string {
  return addDays(batch.endDate, batch.province === 'LIAONING' && index === 1 ? 60 : 20);
}

function addDays(date: string, days: number): string {
  const d = new Date(`${date}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + days);
  return d.toISOString().slice(0, 10);
}

/**
 * The demo technician college's skill-level recognition (辽人社〔2020〕32号): its filed scope, and three
 * assessments run through the real services by the exams seed (two exams on the work plan's mark, one
 * competition recognition), reviewed by the city centre and issued by the school in June 2026.
 */
export const DEMO_SCHOOL_ID = DEMO_INSTITUTIONS[1].id;
export const DEMO_SCHOOL_SCOPE = [{ code: '6-18-01-01', name: '车工', workType: null as string | null, levelHighest: 1, levelLowest: 5 }];

export interface DemoSchoolStudent {
  name: string;
  residentId: string;
  studentNumber: string;
  theoryScore: number | null;
  practicalScore: number | null;
  competitionName: string | null;
  competitionRank: number | null;
  competitionEvidence: string | null;
}

export interface DemoSchoolAssessment {
  id: string;
  level: number;
  method: 'EXAM' | 'COMPETITION';
  passMark: number | null;
  assessedOn: string;
  reportedOn: string;
  reviewedOn: string;
  issuedOn: string;
  students: DemoSchoolStudent[];
}

const student = (n: number, theory: number | null, practical: number | null): DemoSchoolStudent => ({
  name: `${FAMILY[n % FAMILY.length]}学生示例${n}`,
  residentId: demoResidentId('210105', `2005-0${(n % 9) + 1}-1${n % 10}`, 500 + n),
  studentNumber: `SY2022${String(n).padStart(4, '0')}`,
  theoryScore: theory,
  practicalScore: practical,
  competitionName: null,
  competitionRank: null,
  competitionEvidence: null,
});

export const demoSchoolCandidateId = (assessmentId: string, k: number) => demoId('school-candidate', `${assessmentId}-${k}`);

export const DEMO_SCHOOL_ASSESSMENTS: DemoSchoolAssessment[] = [
  { id: demoId('school-assessment', '1'), level: 4, method: 'EXAM', passMark: 60, assessedOn: '2026-06-10', reportedOn: '2026-06-12', reviewedOn: '2026-06-16', issuedOn: '2026-06-22', students: Array.from({ length: 12 }, (_, i) => student(i + 1, i === 4 ? 52 : 70 + i, 75)) },
  { id: demoId('school-assessment', '2'), level: 3, method: 'EXAM', passMark: 60, assessedOn: '2026-06-11', reportedOn: '2026-06-12', reviewedOn: '2026-06-16', issuedOn: '2026-06-22', students: Array.from({ length: 6 }, (_, i) => student(i + 21, 80, i === 2 ? 58.5 : 82)) },
  {
    id: demoId('school-assessment', '3'), level: 2, method: 'COMPETITION', passMark: null, assessedOn: '2026-05-20', reportedOn: '2026-06-12', reviewedOn: '2026-06-16', issuedOn: '2026-06-22',
    students: [{ ...student(31, null, null), competitionName: '辽宁省职业技能大赛（车工，示例）', competitionRank: 1, competitionEvidence: '大赛组委会获奖证书（示例）' }],
  },
];
