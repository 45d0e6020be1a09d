import type { SubgraphContext } from '@skillfed/common';
import type { Loaders } from './project.loader';
import { Province } from './province.type';

export const catalogReference = {
  Project: {
    __resolveReference: (ref: { id: string }, ctx: SubgraphContext<Loaders>) => ctx.loaders.projectById.load(ref.id),
  },
  Province: {
    __resolveReference: (ref: { code: string }) => Province.byCode(ref.code),
  },
};
