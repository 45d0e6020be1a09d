import { TableColumn, type MigrationInterface, type QueryRunner } from 'typeorm';

export class BatchFees1763900000300 implements MigrationInterface {
  name = 'BatchFees1763900000300';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.addColumns('exam_batches', [
      new TableColumn({ name: 'confirmed_count', type: 'int', isNullable: true }),
      new TableColumn({ name: 'fee_yuan', type: 'int', isNullable: true }),
      new TableColumn({ name: 'payment_notice_on', type: 'date', isNullable: true }),
      new TableColumn({ name: 'paid_on', type: 'date', isNullable: true }),
    ]);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    for (const column of ['paid_on', 'payment_notice_on', 'fee_yuan', 'confirmed_count']) await queryRunner.dropColumn('exam_batches', column);
  }
}
