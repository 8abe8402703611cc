import type { BoardRole } from '../api/session';

export interface RoleGuide {
  /** "nämndsekreterare", as in "Det här gör du som nämndsekreterare". */
  roleName: string;
  tasks: string[];
  /** The label of the link to the matter to start with. */
  linkLabel: (caseNumber: string) => string;
  /** The heading of the matter page's section where the role starts (the link scrolls to it). */
  sectionId: 'assembly-heading' | 'tabled-heading' | 'drafts-heading';
}

const guides: Record<BoardRole, RoleGuide> = {
  administrator: {
    roleName: 'nämndsekreterare',
    tasks: [
      'Du registrerar ärenden och skriver protokollsparagrafens nummer, sammanfattning och handlingar.',
      'När partierna lämnat in sina förslag och uttalanden infogar du dem i paragrafen, för in beslutet och justerar.',
      'Partiernas utkast ser du först när de har lämnats in.',
    ],
    linkLabel: (caseNumber) => `Sammanställ paragrafen i ${caseNumber}`,
    sectionId: 'assembly-heading',
  },
  chair: {
    roleName: 'ordförande',
    tasks: [
      'Du läser protokollsparagrafen och de inlämnade förslagen och kan kommentera dem.',
      'Efter sammanträdet för du in beslutsgången: vilket förslag nämnden ställde sig bakom.',
    ],
    linkLabel: (caseNumber) => `Se förslagen i ${caseNumber}`,
    sectionId: 'tabled-heading',
  },
  member: {
    roleName: 'ledamot',
    tasks: [
      'Du skriver din partigrupps förslag till beslut, särskilda uttalanden och reservationer, gärna tillsammans med partier ni delar utkasten med.',
      'När utkastet är klart lämnar ni in det till sammanträdet. Andra partier ser det först då.',
    ],
    linkLabel: (caseNumber) => `Öppna era utkast i ${caseNumber}`,
    sectionId: 'drafts-heading',
  },
  reviewer: {
    roleName: 'granskare',
    tasks: [
      'Du läser din partigrupps utkast och protokollsparagrafen och kommenterar i marginalen.',
      'Texten ändrar du inte: det gör partiets ledamöter.',
    ],
    linkLabel: (caseNumber) => `Granska utkasten i ${caseNumber}`,
    sectionId: 'drafts-heading',
  },
};

/** What a role does on the board, told to a newcomer on the start page. */
export function roleGuide(role: BoardRole): RoleGuide {
  return guides[role];
}
