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
import { StatCounter } from '@skillfed/common';
import { Stats1764000000100 } from './migrations/1764000000100-Stats';
import { CertificateStatsResolver } from './stats.resolver';

export const certificatesSubgraph: SubgraphDefinition<Loaders> = {
  name: 'certificates',
  entities: [Certificate, CertificateTotal, StatCounter],
  migrations: [CreateCertificates1763900000000, CertificateListIndexes1763900009000, Stats1764000000100],
  buildSchema: () => buildFederatedSchema({ resolvers: [CertificateResolver, InstitutionCertificatesResolver, CertificateStatsResolver] }, certificatesReference),
  createLoaders,
  seedDemo,
};

export const createServer = (options: CreateServerOptions) => createSubgraph(certificatesSubgraph, options);
export { Certificate };
export { CertificateTotal, adjustCertificateTotals, certificateTotal, totalsOf } from './certificate-totals';
