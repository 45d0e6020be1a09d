import { defineEnum, type EnumValue } from '@skillfed/common';

export const CertificateKind = defineEnum('CertificateKind', '证书种类 / certificate kind', {
  SPECIAL_ABILITY: '专项职业能力证书',
  SKILL_LEVEL: '职业技能等级证书',
});
export type CertificateKind = EnumValue<typeof CertificateKind>;

export const CertificateStatus = defineEnum('CertificateStatus', '证书状态 / certificate status', {
  VALID: '有效',
  REVOKED: '已撤销（注销）',
  REPLACED: '已更正换发（由新证书取代）',
});
export type CertificateStatus = EnumValue<typeof CertificateStatus>;

export const CarrierKind = defineEnum('CarrierKind', '证书载体 / carrier', {
  PAPER: '纸质证书',
  ELECTRONIC: '电子证书',
});
export type CarrierKind = EnumValue<typeof CarrierKind>;

export const IssuerTier = defineEnum('IssuerTier', '发证机构层级 / issuer tier', {
  PROVINCE: '省级（如辽宁省人事考试中心）',
  CITY: '市级（市职业技能鉴定中心）',
  INSTITUTION: '机构自主发证（技工院校）',
});
export type IssuerTier = EnumValue<typeof IssuerTier>;

export const CertificateAction = defineEnum('CertificateAction', '证书记录事项 / what happened to a certificate', {
  ISSUED: '颁发',
  REVOKED: '撤销',
  REPLACED: '更正换发（旧证）',
  ISSUED_AS_REPLACEMENT: '更正换发（新证）',
  REPRINTED: '补发载体（同一编号）',
});
export type CertificateAction = EnumValue<typeof CertificateAction>;
