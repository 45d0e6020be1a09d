/** Today's date in China (UTC+8, no daylight saving): the notices count days on Beijing time. */
export function todayInChina(now: Date = new Date()): string {
  return new Date(now.getTime() + 8 * 3600_000).toISOString().slice(0, 10);
}
