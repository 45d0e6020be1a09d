import type { Rule } from '@skillfed/province-rules';
import { trackRules, type SchoolAssessmentRules } from '@skillfed/province-rules';
import { Field, FieldResolver, ObjectType, Resolver, Root } from 'type-graphql';
import { asUserInput } from './rules.errors';
import { BooleanRule, IntRule, ProvinceRules, TextRule, cited } from './rules.types';

const text = (rule: Rule<unknown>, render: (v: any) => string) => cited(new TextRule(), rule, { value: rule.value === null ? null : render(rule.value) });

@ObjectType({ description: '技工院校职业技能等级认定规则（本校学生、评价方式、合格线、审核、月报、资质延期）/ rules of schools assessing their own students' })
export class SchoolAssessmentRulesType {
  @Field(() => TextRule, { description: '评价对象 / who is assessed' })
  candidates: TextRule;

  @Field(() => TextRule, { description: '评价方式 / methods' })
  methods: TextRule;

  @Field(() => TextRule, { description: '考核测评科目 / exam subjects' })
  examSubjects: TextRule;

  @Field(() => IntRule, { description: '每科满分 / full marks per subject' })
  fullMarks: IntRule;

  @Field(() => IntRule, { description: '合格线；通知未规定时为空，按学校工作方案 / pass mark, null when the work plan sets it' })
  passMark: IntRule;

  @Field(() => TextRule, { description: '不纳入认定的职业类别 / excluded occupation categories' })
  excludedCategories: TextRule;

  @Field(() => TextRule, { description: '认定结果审核 / who reviews results' })
  review: TextRule;

  @Field(() => TextRule, { description: '认定结果汇总表 / the monthly summary' })
  monthlySummary: TextRule;

  @Field(() => TextRule, { description: '资质期满延期 / extension at the end of the term' })
  filingExtension: TextRule;

  @Field(() => BooleanRule, { description: '有效期内可增加职业（工种）/ occupations may be added during the term' })
  addOccupationsDuringTerm: BooleanRule;

  @Field(() => TextRule, { description: '证书数据上传 / where certificate data goes' })
  upload: TextRule;
}

/** Published like every other rule: anyone may read what a school's recognition follows, with citations. */
@Resolver(() => ProvinceRules)
export class SchoolRulesResolver {
  @FieldResolver(() => SchoolAssessmentRulesType, { nullable: true, description: '技工院校职业技能等级认定规则；该类别无此规定时为空 / school assessment rules, null where the track has none' })
  schoolAssessment(@Root() root: ProvinceRules): SchoolAssessmentRulesType | null {
    const rules: SchoolAssessmentRules | undefined = asUserInput(() => trackRules(root.province, root.track), 'track').schoolAssessment;
    if (!rules) return null;
    return {
      candidates: text(rules.candidates, (v) => (v === 'OWN_STUDENTS' ? '本院校学生' : String(v))),
      methods: text(rules.methods, (v: string[]) => v.map((m) => (m === 'EXAM' ? '考核测评（理论知识考试、实际操作考核）' : '竞赛选拔（直接认定）')).join('；')),
      examSubjects: text(rules.examSubjects, (v: string[]) => v.map((s) => (s === 'THEORY' ? '理论知识考试' : '实际操作考核')).join('、')),
      fullMarks: cited(new IntRule(), rules.fullMarks, { value: rules.fullMarks.value }),
      passMark: cited(new IntRule(), rules.passMark, { value: rules.passMark.value }),
      excludedCategories: text(rules.excludedCategories, (v: string[]) => v.join('、')),
      review: text(rules.review, (v) => v.body),
      monthlySummary: text(rules.monthlySummary, (v) => `${v.form}，月末报${v.to}`),
      filingExtension: text(rules.filingExtension, (v) => `${v.decidedAtExpiry ? '资质期满时决定是否延期' : '不延期'}${v.extensionYears ? `，延期${v.extensionYears}年` : '，延期年限未规定'}`),
      addOccupationsDuringTerm: cited(new BooleanRule(), rules.addOccupationsDuringTerm, { value: rules.addOccupationsDuringTerm.value }),
      upload: text(rules.upload, (v) => v),
    };
  }
}
