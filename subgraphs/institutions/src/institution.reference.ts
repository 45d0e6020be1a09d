import type { SubgraphContext } from '@skillfed/common';
import type { Loaders } from './institution.loader';

/** Other subgraphs hold only the id; the directory fields are public, so no province check here. */
export const institutionReference = {
  Institution: {
    __resolveReference: (ref: { id: string }, ctx: SubgraphContext<Loaders>) => ctx.loaders.institutionById.load(ref.id),
  },
  ExamSite: {
    __resolveReference: (ref: { id: string }, ctx: SubgraphContext<Loaders>) => ctx.loaders.siteById.load(ref.id),
  },
};
