import 'reflect-metadata';
import { AuditEvent, CreateAuditEvents1763900000002, CreateSequences1763900000001, SequenceRow, buildFederatedSchema, createAuditResolver, createSubgraph, type CreateServerOptions, type SubgraphDefinition } from '@skillfed/common';
import { CarrierRecord, Certificate, CertificateBatch, CertificateEvent } from './certificate.entity';
import { createLoaders, type Loaders } from './certificate.loader';
import { certificatesReference } from './certificate.reference';
import { CertificateResolver, InstitutionCertificatesResolver } from './certificate.resolver';
import { CreateCertificates1763900000000 } from './migrations/1763900000000-CreateCertificates';
import { CertificateRegistry1763900001000 } from './migrations/1763900001000-CertificateRegistry';
import { CertificateListIndexes1763900009000 } from './migrations/1763900009000-CertificateListIndexes';
import { CertificateTotal } from './certificate-totals';
import { AuditEvents1764000000000 } from './migrations/1764000000000-AuditEvents';
import { seedDemo } from './seed';
import { VerificationResolver } from './verification.resolver';
import { StatCounter } from '@skillfed/common';
import { Stats1764000000200 } from './migrations/1764000000200-Stats';
import { CertificateStatsResolver } from './stats.resolver';
import { SchoolCertificatesResolver } from './school-certificates.resolver';
import { CredentialResolver } from './credential.resolver';
import { credentialConfig } from './credential.service';
import { mountCredentialRoutes } from './credential-routes';
import { CredentialStatusEntry, CredentialStatusList } from './status-list.entity';
import { CredentialStatus1764200000000 } from './migrations/1764200000000-CredentialStatus';
import { UploadBatch, UploadBatchRow } from './upload-batch.entity';
import { UploadBatchResolver } from './upload-batch.resolver';
import { exchangeRoutes } from './upload-batch.route';
import { UploadBatches1764100000000 } from './migrations/1764100000000-UploadBatches';

export const certificatesSubgraph: SubgraphDefinition<Loaders> = {
  name: 'certificates',
  entities: [Certificate, CertificateEvent, CarrierRecord, CertificateBatch, CertificateTotal, SequenceRow, AuditEvent, StatCounter, CredentialStatusList, CredentialStatusEntry, UploadBatch, UploadBatchRow],
  migrations: [CreateCertificates1763900000000, CreateSequences1763900000001, CreateAuditEvents1763900000002, CertificateRegistry1763900001000, CertificateListIndexes1763900009000, AuditEvents1764000000000, Stats1764000000200, UploadBatches1764100000000, CredentialStatus1764200000000],
  buildSchema: () => buildFederatedSchema({ resolvers: [CertificateResolver, InstitutionCertificatesResolver, VerificationResolver, CertificateStatsResolver, SchoolCertificatesResolver, CredentialResolver, UploadBatchResolver, createAuditResolver('certificates')] }, certificatesReference),
  createLoaders,
  seedDemo,
  // Issuing reads results from exams and the institution from institutions, as the caller.
  peers: ['exams', 'institutions'],
  // Credentials carry the project code and upload files the project name, which the catalog owns; the
  // exchange's working-day deadlines use its calendar (a process always has its URL).
  optionalPeers: ['catalog'],
  // Public keys and status lists for offline verifiers. Reading the configuration here makes a
  // production start without credential keys (or with the development key) fail at once.
  routes: (app, db, logger) => {
    credentialConfig();
    mountCredentialRoutes(app, db, credentialConfig, logger);
  },
  // The national-upload file download (signed-in operators, through the gateway).
  gatedRoutes: exchangeRoutes,
};

export const createServer = (options: CreateServerOptions) => createSubgraph(certificatesSubgraph, options);
export { Certificate, CertificateBatch, CertificateEvent, CarrierRecord };
export { issueBatch, revokeBatch, correctCertificate, revokeCertificate, reprintCertificate } from './issuing.service';
export type { ResultsSource, BatchFacts, HolderFacts, InstitutionFacts } from './results-source';
export { schoolResultsSource } from './school-results-source';
export { demoResultsSource } from './seed';
export { CertificateTotal, adjustCertificateTotals, certificateTotal, totalsOf } from './certificate-totals';
export { credentialConfig, setCredentialConfig, buildCredential, buildVerifiableCredential } from './credential.service';
export { parseCredentialConfig, DEV_CREDENTIAL_SIGNING_KEY, type CredentialConfig } from './credential.config';
export { ensureStatusEntries, markRevoked, signedStatusList } from './status-list.service';
export { CredentialStatusEntry, CredentialStatusList } from './status-list.entity';
export { UploadBatch, UploadBatchRow } from './upload-batch.entity';
export { buildUploadBatch, markUploadBatchSent, importUploadReceipt, loadBatch, assertExchangeAccess } from './upload-batch.service';
export { reconcile, certificateDeadlines, overdueCutoff } from './reconciliation.service';
export { readBatchRecords, sqlCatalogNames, peerCatalogNames, NO_CATALOG, EXCHANGE_COLUMNS, type ExchangeRecord, type CatalogNames } from './exchange-records';
export { writeExchangeFile, CONTENT_TYPES, EXTENSIONS } from './exchange-export';
export { readReceipt, ReceiptFileError } from './receipt-import';
export { exchangeRoutes, FORMAT_NAMES } from './upload-batch.route';
