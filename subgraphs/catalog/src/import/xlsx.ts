// Moved to @skillfed/common/tabular (the candidate import in exams reads the same files).
export { looksLikeXlsx, cellText, readXlsx, writeXlsx } from '@skillfed/common/tabular';
