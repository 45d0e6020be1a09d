import { main } from '@skillfed/common';
import { examsSubgraph } from './index';

main(examsSubgraph);
