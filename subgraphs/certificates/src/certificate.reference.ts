import type { SubgraphContext } from '@skillfed/common';
import type { Loaders } from './certificate.loader';

export const certificatesReference = {
  Certificate: {
    __resolveReference: (ref: { id?: string; number?: string }, ctx: SubgraphContext<Loaders>) =>
      ref.id ? ctx.loaders.certificateById.load(ref.id) : ctx.loaders.certificateByNumber.load(ref.number!),
  },
};
