import { AppError, inTransaction, recordAudit, type Caller, type SubgraphRouteKit } from '@skillfed/common';
import type { Request, Response } from 'express';
import { CONTENT_TYPES, EXTENSIONS, writeExchangeFile } from './exchange-export';
import { NO_CATALOG, peerCatalogNames, readBatchRecords } from './exchange-records';
import type { ExchangeFileFormat } from './upload-batch.enums';
import { assertExchangeAccess, loadBatch } from './upload-batch.service';

/** `?format=` values of the download route and the CLI. */
export const FORMAT_NAMES: Record<string, ExchangeFileFormat> = { csv: 'CSV', 'csv-gbk': 'CSV_GBK', gbk: 'CSV_GBK', xlsx: 'XLSX', jsonl: 'JSONL' };

const STATUS: Record<string, number> = { BAD_USER_INPUT: 400, UNAUTHENTICATED: 401, FORBIDDEN: 403, NOT_FOUND: 404, CONFLICT: 409 };

function refuse(res: Response, code: string, message: string, extra: Record<string, unknown> = {}): void {
  res.status(STATUS[code] ?? 400).json({ errors: [{ message, extensions: { code, ...extra } }] });
}

/**
 * GET /exchange/upload-batches/:id/file?format=csv|csv-gbk|xlsx|jsonl[&bom=0] — the batch's file,
 * streamed page by page. Reached through the gateway (which verifies the client's token and signs the
 * caller); only the uploading province's or city's operators get it, and every download is audited
 * (EXPORT_UPLOAD_BATCH) before the first byte. Holders' names and ID numbers are in the file in clear:
 * nothing of the file is logged.
 */
export function exchangeRoutes(kit: SubgraphRouteKit): void {
  kit.app.get('/exchange/upload-batches/:id/file', kit.requireGateway, async (req: Request, res: Response) => {
    const caller = res.locals.caller as Caller;
    const requestId = res.locals.requestId as string;
    const id = String(req.params.id ?? '');
    const formatName = String(req.query.format ?? 'csv').toLowerCase();
    const format = FORMAT_NAMES[formatName];
    if (!format) return refuse(res, 'BAD_USER_INPUT', `format 应为 ${Object.keys(FORMAT_NAMES).join('、')} / format must be one of ${Object.keys(FORMAT_NAMES).join(', ')}`, { field: 'format' });
    if (!/^[A-Za-z0-9_-]{1,64}$/.test(id)) return refuse(res, 'BAD_USER_INPUT', '批次 id 无效 / not a batch id', { field: 'id' });
    let batch: Awaited<ReturnType<typeof loadBatch>> | undefined;
    // Nobody signed in learns whether a batch id exists.
    if (caller.role === 'PUBLIC') return refuse(res, 'UNAUTHENTICATED', '下载上报文件需登录 / sign in to download upload files');
    try {
      batch = await loadBatch(kit.db, id);
      assertExchangeAccess(caller, batch, 'WRITE');
      await inTransaction(kit.db, (manager) =>
        recordAudit(manager, { caller, requestId }, { action: 'EXPORT_UPLOAD_BATCH', targetType: 'UploadBatch', targetId: batch!.id, province: batch!.province, detail: `format=${format};rows=${batch!.rowCount}` }),
      );
    } catch (error) {
      if (error instanceof AppError) {
        const code = String(error.extensions.code);
        // A refused download of an existing batch is audited too (who tried to take whose file).
        if (batch) {
          const target = batch;
          await inTransaction(kit.db, (manager) => recordAudit(manager, { caller, requestId }, { action: 'EXPORT_UPLOAD_BATCH', targetType: 'UploadBatch', targetId: target.id, province: target.province, outcome: 'REFUSED', detail: code })).catch(() => undefined);
        }
        return refuse(res, code, error.message);
      }
      kit.logger.error('exchange_export_failed', { requestId, name: (error as Error)?.name });
      return refuse(res, 'INTERNAL_SERVER_ERROR', '服务器内部错误 / internal server error');
    }
    const name = `upload-${batch.province}-${batch.kind}${batch.cityCode ? `-${batch.cityCode}` : ''}-${String(batch.sequence).padStart(4, '0')}.${EXTENSIONS[format]}`;
    res.status(200);
    res.setHeader('content-type', CONTENT_TYPES[format]);
    res.setHeader('content-disposition', `attachment; filename="${name}"`);
    res.setHeader('cache-control', 'no-store');
    res.setHeader('x-row-count', String(batch.rowCount));
    const names = kit.peers.catalog ? peerCatalogNames(kit.peers.catalog, caller) : NO_CATALOG;
    try {
      await writeExchangeFile(readBatchRecords(kit.db, batch.id, names), res, { format, bom: req.query.bom !== '0' });
    } catch (error) {
      // Headers are gone: cut the connection so the client sees a broken download, not a short file.
      kit.logger.error('exchange_export_aborted', { requestId, batchId: batch.id, name: (error as Error)?.name });
      res.destroy();
    }
  });
}
