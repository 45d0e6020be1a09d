import { defineEnum, type EnumValue } from '@skillfed/common';

export const UploadBatchStatus = defineEnum('UploadBatchStatus', '上报批次状态 / upload batch state', {
  BUILT: '已生成，未报送',
  SENT: '已报送，待回执',
  ACKNOWLEDGED: '回执：全部接收',
  PARTLY_REJECTED: '回执：部分退回',
});
export type UploadBatchStatus = EnumValue<typeof UploadBatchStatus>;

export const ExchangeChangeKind = defineEnum('ExchangeChangeKind', '上报变更类型 / what changed since the last upload', {
  ISSUED: '新发证书',
  CORRECTED: '更正换发（新编号取代原证书）',
  REVOKED: '撤销',
});
export type ExchangeChangeKind = EnumValue<typeof ExchangeChangeKind>;

export const ReceiptOutcome = defineEnum('ReceiptOutcome', '回执结果 / receipt outcome of one row', {
  PENDING: '待回执',
  ACCEPTED: '已接收',
  REJECTED: '已退回',
});
export type ReceiptOutcome = EnumValue<typeof ReceiptOutcome>;

export const ExchangeFileFormat = defineEnum('ExchangeFileFormat', '交换文件格式 / exchange file format', {
  CSV: 'CSV（UTF-8，可带BOM；回执也可为GBK/GB18030）',
  CSV_GBK: 'CSV（GBK，GB18030编码，中文Excel直接打开）',
  XLSX: 'Excel 工作簿（第一个工作表）',
  JSONL: 'JSON Lines（每行一个JSON对象）',
});
export type ExchangeFileFormat = EnumValue<typeof ExchangeFileFormat>;

export const DeadlineState = defineEnum('ExchangeDeadlineState', '上网期限状态 / where a certificate stands against the data-online deadline', {
  MET: '按期接收',
  MET_LATE: '逾期后接收',
  OVERDUE: '已逾期，未接收',
  OPEN: '未到期，未接收',
});

export const DeadlineFilter = defineEnum('ExchangeDeadlineFilter', '按上网期限状态筛选 / filter by deadline state', {
  OVERDUE: '已逾期，未接收',
  OPEN: '未到期，未接收',
  ACKNOWLEDGED: '已接收（按期或逾期）',
});
