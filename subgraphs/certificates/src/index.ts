import 'reflect-metadata';
import { buildFederatedSchema, createSubgraph, type CreateServerOptions, type SubgraphDefinition, AuditEvent, createAuditResolver } from '@skillfed/common';
import { Certificate } from './certificate.entity';
import { createLoaders, type Loaders } from './certificate.loader';
import { certificatesReference } from './certificate.reference';
import { CertificateResolver, InstitutionCertificatesResolver } from './certificate.resolver';
import { CreateCertificates1763900000000 } from './migrations/1763900000000-CreateCertificates';
import { seedDemo } from './seed';
import { AuditEvents1764000000000 } from './migrations/1764000000000-AuditEvents';
import { SealPersonalData1764000000100 } from './migrations/1764000000100-SealPersonalData';

export const certificatesSubgraph: SubgraphDefinition<Loaders> = {
  name: 'certificates',
  entities: [Certificate, AuditEvent],
  migrations: [CreateCertificates1763900000000, AuditEvents1764000000000, SealPersonalData1764000000100],
  buildSchema: () => buildFederatedSchema({ resolvers: [CertificateResolver, InstitutionCertificatesResolver, createAuditResolver('certificates')] }, certificatesReference),
  createLoaders,
  seedDemo,
};

export const createServer = (options: CreateServerOptions) => createSubgraph(certificatesSubgraph, options);
export { Certificate };
