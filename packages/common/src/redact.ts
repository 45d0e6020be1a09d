/**
 * Last line of defence for personal data in error messages and logs: graphql-js echoes invalid
 * variable values and databases echo duplicate keys, which may be a resident ID or a phone number.
 */
const RESIDENT_ID = /(?<![0-9])([1-9]\d{5})(\d{8})(\d{3}[0-9Xx])(?![0-9])/g;
const MOBILE = /(?<![0-9])(1[3-9]\d)(\d{4})(\d{4})(?![0-9])/g;

export function redactPersonalData(text: string): string {
  return text
    .replace(RESIDENT_ID, (_m, region: string, _birth: string, tail: string) => `${region}********${tail.slice(-4)}`)
    .replace(MOBILE, (_m, head: string, _mid: string, tail: string) => `${head}****${tail}`);
}
