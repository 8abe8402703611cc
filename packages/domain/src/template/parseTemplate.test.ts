import { describe, expect, it } from 'vitest';
import { contentKindsVersion1 } from '../model/contentKinds';
import { parseTemplate } from './parseTemplate';
import { stockholmDistrictBoardTemplate } from './stockholmDistrictBoardTemplate';

/** A valid template to break one thing at a time. */
const validInput = () => structuredClone(stockholmDistrictBoardTemplate);

describe('parseTemplate', () => {
  it('accepts the Stockholm template (version 1) and gives every version-1 content kind a section', () => {
    const template = parseTemplate(validInput());
    expect(template.sections.flatMap((section) => section.contents).sort()).toEqual([...contentKindsVersion1].sort());
    expect(template.sections.map((section) => section.heading)).toEqual([
      'Beslut',
      'Sammanfattning av ärendet',
      'Förslag till beslut',
      'Beslutsgång',
      'Reservation',
      'Särskilt uttalande',
      'Protokollsanteckning',
      'Ersättaryttrande',
      'Handlingar i ärendet',
    ]);
  });

  it('refuses an unknown placeholder when the template is loaded, naming the allowed ones', () => {
    const input = validInput();
    input.phrases.proposalAdministration = '{proposer} yrkade bifall till förvaltningens förslag.';
    expect(() => parseTemplate(input)).toThrowError(
      'Frasen "proposalAdministration" använder den okända platshållaren {proposer} (tillåtna: {proposers}, {parties}, {partyAbbreviations}).',
    );
  });

  it('refuses a phrase that drops a fact the protocol must record', () => {
    const input = validInput();
    input.phrases.reservationInFavour = 'Reservation anmäldes till förmån för {proposal}.';
    expect(() => parseTemplate(input)).toThrowError(
      'Frasen "reservationInFavour" måste innehålla platshållaren {reservants}.',
    );
  });

  it('refuses stray braces, which would otherwise be printed into the protocol', () => {
    const input = validInput();
    input.phrases.proposalsClosing = 'Ordföranden förklarade {överläggningen} avslutad.';
    expect(() => parseTemplate(input)).toThrowError(
      'Frasen "proposalsClosing" innehåller en klammerparentes som inte hör till någon platshållare.',
    );
  });

  it('refuses content that has no section (it would be lost) or two (it would be printed twice)', () => {
    const input = validInput();
    input.sections = input.sections.filter((section) => section.id !== 'handlingar');
    input.sections[0]!.contents.push('summary');
    expect(() => parseTemplate(input)).toThrowError(
      /Innehållet "summary" finns i både avsnittet "beslut" och "sammanfattning"[\s\S]*Innehållet "attachments" saknar avsnitt i mallen/,
    );
  });

  it('refuses a missing phrase and an unknown content kind with Swedish messages and paths', () => {
    const input: Record<string, unknown> = validInput();
    const { voteYes: _dropped, ...phrases } = stockholmDistrictBoardTemplate.phrases;
    input.phrases = phrases;
    input.sections = [{ id: 'beslut', heading: 'Beslut', contents: ['yrkanden'] }];
    expect(() => parseTemplate(input)).toThrowError(/sections\.0\.contents\.0: Ogiltigt val[\s\S]*phrases\.voteYes: /);
  });

  it('fills in the default of headingPerBlock', () => {
    const input = validInput();
    input.sections = input.sections.map(
      ({ headingPerBlock: _dropped, ...section }) => section,
    ) as typeof input.sections;
    expect(parseTemplate(input).sections.every((section) => section.headingPerBlock === false)).toBe(true);
  });
});
