export const pct = (v: number | null | undefined): string => (v == null ? '—' : `${(v * 100).toFixed(1)}%`);
export const num = (v: number | null | undefined): string => (v == null ? '—' : v.toLocaleString('zh-CN'));
