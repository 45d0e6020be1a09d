import { describe, expect, it } from 'vitest';
import { JIANGSU_ORIGIN_LABELS, JIANGSU_PROJECTS } from '../src';
import { readSeed } from './seeds';

// 004 附件1, read from the notice itself: "序号<TAB>项目名称<TAB>备注".
const rows = readSeed('004_469aab12e320b3cf.txt')
  .split('\n')
  .map((line) => /^(\d+)\t(.+?)\t(部、省原有备案|新增备案)\s*$/.exec(line))
  .filter((m): m is RegExpExecArray => m !== null)
  .map((m) => ({ seq: Number(m[1]), name: m[2], remark: m[3] }));

describe('Jiangsu 附件1 已发布的专项职业能力考核项目', () => {
  it('has the 84 projects of the notice, numbered 1-84', () => {
    expect(rows).toHaveLength(84);
    expect(JIANGSU_PROJECTS).toHaveLength(84);
    expect(JIANGSU_PROJECTS.map((p) => p.seq)).toEqual(rows.map((r) => r.seq));
  });

  it.each(rows)('No. $seq $name ($remark) is encoded verbatim', ({ seq, name, remark }) => {
    const project = JIANGSU_PROJECTS.find((p) => p.seq === seq)!;
    expect(project.name).toBe(name);
    expect(JIANGSU_ORIGIN_LABELS[project.origin]).toBe(remark);
  });

  it('splits 1-55 部、省原有备案 and 56-84 新增备案 as the notice does', () => {
    expect(JIANGSU_PROJECTS.filter((p) => p.origin === 'ORIGINAL_FILING').map((p) => p.seq)).toEqual(Array.from({ length: 55 }, (_, i) => i + 1));
    expect(JIANGSU_PROJECTS.filter((p) => p.origin === 'NEW_FILING')).toHaveLength(29);
  });
});
