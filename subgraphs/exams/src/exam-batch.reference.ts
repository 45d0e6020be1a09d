import type { SubgraphContext } from '@skillfed/common';
import type { Loaders } from './exam-batch.loader';

/** A batch reached from a certificate is part of the public certificate record (its exam dates). */
export const examsReference = {
  ExamBatch: {
    __resolveReference: (ref: { id: string }, ctx: SubgraphContext<Loaders>) => ctx.loaders.examBatchById.load(ref.id),
  },
};
