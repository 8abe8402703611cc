import type { AttachmentRow } from './paragraphBlockSchema';

const SUB_NUMBER = /^[1-9]\d*(\.[1-9]\d*)?$/;

/**
 * Checks the documents listed under "Handlingar i ärendet" against the matter's case number and returns one
 * Swedish message per problem (empty when the list is fine). Rows are numbered from 1 as the secretary sees them.
 */
export function validateAttachments(
  caseNumber: string,
  rows: readonly Pick<AttachmentRow, 'documentNumber'>[],
): string[] {
  const prefix = `${caseNumber}-`;
  const firstRowByNumber = new Map<string, number>();
  const problems: string[] = [];

  rows.forEach(({ documentNumber }, index) => {
    const rowNumber = index + 1;
    // Organisations that list documents by title and date do not number them; there is nothing to check.
    if (documentNumber === undefined) return;
    if (!documentNumber.startsWith(prefix)) {
      problems.push(
        `Rad ${rowNumber}: handlingsnumret "${documentNumber}" ska börja med ärendets diarienummer följt av bindestreck ("${prefix}").`,
      );
    } else {
      const subNumber = documentNumber.slice(prefix.length);
      if (!SUB_NUMBER.test(subNumber)) {
        problems.push(
          `Rad ${rowNumber}: undernumret "${subNumber}" i "${documentNumber}" ska vara ett tal eller två tal med punkt emellan, t.ex. 1 eller 1.1.`,
        );
      }
    }
    const earlierRow = firstRowByNumber.get(documentNumber);
    if (earlierRow === undefined) {
      firstRowByNumber.set(documentNumber, rowNumber);
    } else {
      problems.push(`Rad ${rowNumber}: handlingsnumret "${documentNumber}" finns redan på rad ${earlierRow}.`);
    }
  });

  return problems;
}
