import { main } from '@skillfed/common';
import { certificatesSubgraph } from './index';

main(certificatesSubgraph);
