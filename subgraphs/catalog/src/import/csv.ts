// Moved to @skillfed/common/tabular (the candidate import in exams reads the same files).
export { parseCsv, decodeText, type CsvRecord, type Encoding } from '@skillfed/common/tabular';
