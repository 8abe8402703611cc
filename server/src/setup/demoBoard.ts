/** The demo board a first `pnpm start` creates: the seed's board, its parties, and one account per role. */
export const demoBoard = {
  organisation: { id: 'hagersten-liljeholmen', name: 'Hägersten-Liljeholmens stadsdelsnämnd' },
  matter: {
    caseNumber: 'HL 2019/310',
    title: 'Övergripande samverkansöverenskommelse mellan Stockholms stad och Polisregion Stockholm',
    kind: 'Yttrande till kommunstyrelsen',
    meetingDate: '2019-08-29',
    replyDeadline: '2019-09-15',
  },
  /** role, party group (by party abbreviation) and person; the email is `<key>@demo.yttra.se`. */
  accounts: [
    { key: 'sekreterare', name: 'Sara Sekreterare', role: 'administrator', party: null },
    { key: 'ordforande', name: 'Olle Ordförande', role: 'chair', party: null },
    { key: 'm', name: 'Anette Hellström', role: 'member', party: 'M' },
    { key: 'l', name: 'Abit Dundar', role: 'member', party: 'L' },
    { key: 'mp', name: 'Lara Siadat', role: 'member', party: 'MP' },
    { key: 'c', name: 'Johan Vesterlund', role: 'member', party: 'C' },
    { key: 'v', name: 'Maria Ljuslin', role: 'member', party: 'V' },
    { key: 's', name: 'Eva Fagerhem', role: 'member', party: 'S' },
    { key: 'sd', name: 'Henrik Åkerlund', role: 'member', party: 'SD' },
    { key: 'granskare', name: 'Greta Granskare', role: 'reviewer', party: 'M' },
  ],
} as const;

export const demoEmail = (key: string) => `${key}@demo.yttra.se`;
