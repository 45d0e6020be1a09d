import 'reflect-metadata';
import { buildFederatedSchema, createSubgraph, type CreateServerOptions, type SubgraphDefinition } from '@skillfed/common';
import { Certificate } from './certificate.entity';
import { createLoaders, type Loaders } from './certificate.loader';
import { certificatesReference } from './certificate.reference';
import { CertificateResolver, InstitutionCertificatesResolver } from './certificate.resolver';
import { CreateCertificates1763900000000 } from './migrations/1763900000000-CreateCertificates';
import { CertificateListIndexes1763900009000 } from './migrations/1763900009000-CertificateListIndexes';
import { CertificateTotal } from './certificate-totals';
import { seedDemo } from './seed';

export const certificatesSubgraph: SubgraphDefinition<Loaders> = {
  name: 'certificates',
  entities: [Certificate, CertificateTotal],
  migrations: [CreateCertificates1763900000000, CertificateListIndexes1763900009000],
  buildSchema: () => buildFederatedSchema({ resolvers: [CertificateResolver, InstitutionCertificatesResolver] }, certificatesReference),
  createLoaders,
  seedDemo,
};

export const createServer = (options: CreateServerOptions) => createSubgraph(certificatesSubgraph, options);
export { Certificate };
export { CertificateTotal, adjustCertificateTotals, certificateTotal, totalsOf } from './certificate-totals';
