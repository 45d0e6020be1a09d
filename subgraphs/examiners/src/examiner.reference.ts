import type { SubgraphContext } from '@skillfed/common';
import type { Loaders } from './examiner.loader';

export const examinersReference = {
  Examiner: {
    __resolveReference: (ref: { id: string }, ctx: SubgraphContext<Loaders>) => ctx.loaders.examinerById.load(ref.id),
  },
};
