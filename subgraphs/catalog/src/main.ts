import { main } from '@skillfed/common';
import { catalogSubgraph } from './index';

main(catalogSubgraph);
