import { Column, Entity, Index, PrimaryColumn } from 'typeorm';

/**
 * Loaded year-bound records, append-only: loading a year again adds a version and marks the previous
 * one superseded, so every notice ever loaded stays readable with who loaded it, when and why.
 */
@Entity('holiday_arrangements')
@Index('uq_holiday_arrangements_year_version', ['year', 'version'], { unique: true })
export class HolidayArrangementRow {
  @PrimaryColumn({ type: 'varchar', length: 36 })
  id: string;

  @Column({ type: 'int' })
  year: number;

  @Column({ type: 'int' })
  version: number;

  @Column({ type: 'varchar', length: 200 })
  document: string;

  @Column({ type: 'varchar', length: 200, nullable: true })
  title: string | null;

  // Comma-separated YYYY-MM-DD: at most ~40 dates a year, read whole, never queried by date.
  @Column({ type: 'text' })
  holidays: string;

  @Column({ name: 'working_weekends', type: 'text' })
  workingWeekends: string;

  @Column({ name: 'test_data', type: 'boolean' })
  testData: boolean;

  @Column({ name: 'loaded_by', type: 'varchar', length: 100 })
  loadedBy: string;

  @Column({ name: 'loaded_at', type: 'datetime' })
  loadedAt: Date;

  @Column({ name: 'superseded_at', type: 'datetime', nullable: true })
  supersededAt: Date | null;

  @Column({ type: 'varchar', length: 500, nullable: true })
  reason: string | null;
}

@Entity('annual_notices')
@Index('uq_annual_notices_province_year_version', ['province', 'year', 'version'], { unique: true })
export class AnnualNoticeRow {
  @PrimaryColumn({ type: 'varchar', length: 36 })
  id: string;

  @Column({ type: 'varchar', length: 32 })
  province: string;

  @Column({ type: 'int' })
  year: number;

  @Column({ type: 'int' })
  version: number;

  @Column({ type: 'varchar', length: 100 })
  document: string;

  @Column({ type: 'varchar', length: 200 })
  title: string;

  @Column({ name: 'test_data', type: 'boolean' })
  testData: boolean;

  // The whole AnnualNotice as loaded (JSON): the rules read it as one value, so it is stored as one.
  @Column({ type: 'text' })
  content: string;

  @Column({ name: 'loaded_by', type: 'varchar', length: 100 })
  loadedBy: string;

  @Column({ name: 'loaded_at', type: 'datetime' })
  loadedAt: Date;

  @Column({ name: 'superseded_at', type: 'datetime', nullable: true })
  supersededAt: Date | null;

  @Column({ type: 'varchar', length: 500, nullable: true })
  reason: string | null;
}
