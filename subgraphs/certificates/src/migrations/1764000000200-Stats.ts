import { CreateStatCounters1764000000000 } from '@skillfed/common';
import type { MigrationInterface, QueryRunner } from 'typeorm';
import { rebuildCertificateStats } from '../stats.service';

/** Issue 13: the summary counters, backfilled from the certificates already stored. */
export class Stats1764000000200 implements MigrationInterface {
  name = 'Stats1764000000200';

  async up(queryRunner: QueryRunner): Promise<void> {
    await new CreateStatCounters1764000000000().up(queryRunner);
    await rebuildCertificateStats(queryRunner.manager);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await new CreateStatCounters1764000000000().down(queryRunner);
  }
}
