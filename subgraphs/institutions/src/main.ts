import { main } from '@skillfed/common';
import { institutionsSubgraph } from './index';

main(institutionsSubgraph);
