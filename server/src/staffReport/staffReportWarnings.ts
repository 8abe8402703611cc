import type { AppliedStaffReport } from './applyStaffReport';
import type { ConvertedStaffReport } from './convertStaffReport';

/** What the secretary should check after an import, in Swedish: what was left out, guessed or replaced. */
export function staffReportWarnings(converted: ConvertedStaffReport, applied: AppliedStaffReport): string[] {
  const warnings: string[] = [];
  if (converted.trackedChanges > 0) {
    warnings.push(
      `Dokumentet innehåller spårade ändringar (${converted.trackedChanges}). Importen tar med infogad text och utelämnar struken text, som om alla ändringar vore godkända. Godkänn eller avvisa ändringarna i Word och importera igen om det inte stämmer.`,
    );
  }
  if (converted.comments > 0) {
    warnings.push(
      converted.comments === 1
        ? 'Dokumentet innehåller en kommentar. Den importeras inte.'
        : `Dokumentet innehåller ${converted.comments} kommentarer. De importeras inte.`,
    );
  }
  if (converted.images > 0) {
    warnings.push(
      converted.images === 1
        ? 'Dokumentet innehåller en bild. Den importeras inte.'
        : `Dokumentet innehåller ${converted.images} bilder. De importeras inte.`,
    );
  }
  if (converted.summary.length === 0) {
    warnings.push(
      'Rubriken ”Sammanfattning” hittades inte. Texten utanför förslaget till beslut har lagts in som sammanfattning; kontrollera den.',
    );
  }
  if (converted.proposal.length === 0) {
    warnings.push('Förvaltningens förslag till beslut hittades inte i dokumentet.');
  } else if (!converted.replyTo) {
    warnings.push('Mottagaren av svaret kunde inte utläsas ur förvaltningens förslag. Ange den i paragrafens huvud.');
  }
  if (applied.replacedSummary) warnings.push('Den tidigare sammanfattningen i paragrafen har ersatts.');
  return warnings;
}
