import crypto from 'node:crypto';
import { Column, Entity, PrimaryColumn, Table, type MigrationInterface, type QueryRunner } from 'typeorm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { childrenLoader, col, createLogger, openDataSource, paginate, parsePage, type Connection, type OpenedDataSource } from '../src';
import { testDatabases } from '../src/testing';

@Entity('things')
class Thing {
  @PrimaryColumn({ type: 'varchar', length: 36 })
  id: string;

  @Column({ name: 'parent_id', type: 'varchar', length: 36 })
  parentId: string;

  @Column({ type: 'varchar', length: 50 })
  name: string;
}

class CreateThings1700000000000 implements MigrationInterface {
  name = 'CreateThings1700000000000';
  async up(q: QueryRunner) {
    await q.createTable(new Table({ name: 'things', columns: [col.id(), col.ref('parent_id'), col.text('name', 50)] }));
  }
  async down(q: QueryRunner) {
    await q.dropTable('things');
  }
}

const databases = await testDatabases();

describe.each(databases)('shared data layer on $name', (database) => {
  let opened: OpenedDataSource;
  const parents = Array.from({ length: 5 }, () => crypto.randomUUID());

  beforeAll(async () => {
    const config = database.config('common_test');
    opened = await openDataSource({ database: config, entities: [Thing], migrations: [CreateThings1700000000000], logger: createLogger('test') });
    // parent k has k children (0..4), with Chinese names to prove utf8mb4 storage.
    await opened.dataSource.getRepository(Thing).insert(parents.flatMap((p, k) => Array.from({ length: k }, (_, i) => ({ id: crypto.randomUUID(), parentId: p, name: `子项${k}-${i}` }))));
  });
  afterAll(async () => {
    await opened?.dataSource.destroy();
    await database.cleanup();
  });

  it('applies migrations once and records them', async () => {
    const applied = await opened.dataSource.query('SELECT name FROM typeorm_migrations');
    expect(applied.map((r: { name: string }) => r.name)).toEqual(['CreateThings1700000000000']);
    expect(await opened.dataSource.showMigrations()).toBe(false);
  });

  it('pages with a keyset cursor: every row once, in order, one statement per page and one more only when totalCount is read', async () => {
    const seen: string[] = [];
    let after: string | null = null;
    do {
      const before = opened.queryCount();
      const page: Connection<Thing> = await paginate(opened.dataSource.getRepository(Thing).createQueryBuilder('t'), 't', parsePage({ first: 3, after }));
      expect(opened.queryCount() - before).toBe(1);
      expect(await page.totalCount).toBe(10);
      expect(await page.totalCount).toBe(10);
      expect(opened.queryCount() - before).toBe(2);
      seen.push(...page.nodes.map((n) => n.id));
      after = page.pageInfo.hasNextPage ? page.pageInfo.endCursor : null;
    } while (after);
    expect(seen).toHaveLength(10);
    expect([...seen].sort()).toEqual(seen);
  });

  it('loads the first n children of many parents in two statements', async () => {
    const before = opened.queryCount();
    const loader = childrenLoader(opened.dataSource, Thing, 'parentId', 2);
    const groups = await Promise.all(parents.map((p) => loader.load(p)));
    expect(opened.queryCount() - before).toBe(2);
    expect(groups.map((g) => g.length)).toEqual([0, 1, 2, 2, 2]);
    for (const group of groups) expect(group.map((t) => t.id)).toEqual(group.map((t) => t.id).sort());
    expect(groups[4][0].name).toMatch(/^子项4-/);
  });
});
