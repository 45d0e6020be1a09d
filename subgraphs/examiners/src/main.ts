import { main } from '@skillfed/common';
import { examinersSubgraph } from './index';

main(examinersSubgraph);
