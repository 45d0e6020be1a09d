import { TableColumn, type TableColumnOptions } from 'typeorm';

/**
 * Column shapes shared by every migration, so SQLite and MySQL get the same schema from the same code.
 * Primary keys are application-assigned UUIDs: no AUTO_INCREMENT, which TiDB does not keep ordered.
 */
export const col = {
  id: (): TableColumnOptions => ({ name: 'id', type: 'varchar', length: '36', isPrimary: true }),
  ref: (name: string, nullable = false): TableColumnOptions => ({ name, type: 'varchar', length: '36', isNullable: nullable }),
  text: (name: string, length: number, nullable = false): TableColumnOptions => ({ name, type: 'varchar', length: String(length), isNullable: nullable }),
  int: (name: string, nullable = false): TableColumnOptions => ({ name, type: 'int', isNullable: nullable }),
  date: (name: string, nullable = false): TableColumnOptions => ({ name, type: 'date', isNullable: nullable }),
  createdAt: (): TableColumnOptions => ({ name: 'created_at', type: 'datetime', isNullable: false }),
  updatedAt: (): TableColumnOptions => ({ name: 'updated_at', type: 'datetime', isNullable: false }),
};

export { TableColumn };
