/** `HL 2019/310`: register prefix (the board's registry), a space, the year, a slash, the serial number. */
export const CASE_NUMBER_PATTERN = /^([A-ZÅÄÖ]{1,10}) ((?:19|20)\d{2})\/([1-9]\d{0,5})$/;

export interface CaseNumberParts {
  registerPrefix: string;
  year: number;
  serial: number;
}

/** Splits a diarienummer into its parts, or returns undefined when it is not written the standard way. */
export function parseCaseNumber(caseNumber: string): CaseNumberParts | undefined {
  const match = CASE_NUMBER_PATTERN.exec(caseNumber);
  if (!match) return undefined;
  return { registerPrefix: match[1]!, year: Number(match[2]), serial: Number(match[3]) };
}
