import { validateAttachments } from '@yttra/domain';

/**
 * The domain's messages about one row of "Handlingar i ärendet", checked against the rows of its list. A row whose
 * number is still empty (just added) is not reproached, and without a case number there is nothing to check against.
 */
export function rowProblems(caseNumber: string, documentNumbers: readonly string[], index: number): string[] {
  const own = documentNumbers[index];
  if (own === undefined || own.trim() === '' || caseNumber.trim() === '') return [];
  const rows = documentNumbers.map((documentNumber) => ({ documentNumber }));
  const prefix = `Rad ${index + 1}:`;
  return validateAttachments(caseNumber.trim(), rows).filter((message) => message.startsWith(prefix));
}
