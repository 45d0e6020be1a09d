import { provinceSiteRefusal, trackRules } from '@skillfed/province-rules';
import type { AddExamSiteInput } from './exam-site.input';
import type { Institution } from './institution.entity';

/**
 * Every reason the province's rules refuse this site, all at once. Video requirements come from the
 * rules data (a province whose site rule names video needs some; Shaoguan's names 全景 full-process video).
 */
export function siteViolations(institution: Institution, input: AddExamSiteInput): string[] {
  const violations: string[] = [];
  const sites = trackRules(institution.province, institution.track).sites;
  if (!Number.isInteger(input.workstations) || input.workstations < 1 || input.workstations > 10_000) violations.push('工位数须为1-10000的整数 / workstations must be 1-10000');
  if (input.restrictedArea && input.kind !== 'TEMPORARY') violations.push('只有临时考场才填约束性区域 / restrictedArea applies to temporary sites only');
  if (input.agreementFrom && input.agreementUntil && input.agreementUntil < input.agreementFrom) violations.push('协议截止日早于起始日 / agreementUntil is before agreementFrom');
  if (sites.value) {
    if (sites.value.fixedContractedOnly) {
      const refusal = provinceSiteRefusal(institution.province, { kind: input.kind, restrictedArea: input.restrictedArea, approvedByCityCentre: input.approvedByCityCentre });
      if (refusal) violations.push(refusal);
      if (!input.agreementFrom || !input.agreementUntil) violations.push(`须填写考场协议期限（${sites.source.document} ${sites.source.section}）/ the site agreement term is required`);
    } else if (!sites.value.temporaryAllowed && input.kind !== 'FIXED') {
      violations.push(`本省不设临时或移动考场（${sites.source.document} ${sites.source.section}）/ only fixed sites`);
    }
    const video = sites.value.videoMonitoring;
    if (video && input.videoMonitoring === 'NONE') violations.push(`须配备视频监控：${video}（${sites.source.document} ${sites.source.section}）/ video monitoring is required`);
    if (video?.includes('全景') && input.videoMonitoring !== 'PANORAMIC_FULL_PROCESS') violations.push(`须全过程全景视频监控录像：${video} / panoramic full-process recording is required`);
  }
  return violations;
}
