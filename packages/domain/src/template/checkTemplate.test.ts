import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkTemplate } from './checkTemplate';
import { formatTemplateProblems } from './formatTemplateProblems';
import { stockholmDistrictBoardTemplate } from './stockholmDistrictBoardTemplate';

const root = join(import.meta.dirname, '../../../..');
const goteborg = () => JSON.parse(readFileSync(join(root, 'templates/goteborg-kommunstyrelsen.json'), 'utf8'));

describe('checkTemplate', () => {
  it('accepts the shipped Göteborg template (version 2) and version-1 templates unchanged', () => {
    expect(checkTemplate(goteborg()).problems).toEqual([]);
    expect(checkTemplate(structuredClone(stockholmDistrictBoardTemplate)).template?.version).toBe(1);
    const example = JSON.parse(readFileSync(join(root, 'test/fixtures/templates/exempelkommunen-ks.json'), 'utf8'));
    expect(checkTemplate(example).problems).toEqual([]);
  });

  it('reports every problem with its path, in Swedish and English', () => {
    const input = goteborg();
    input.sections[0].heading = '';
    input.sentences.motion = '{mover|capitalize} yrkar {items}.';
    input.sentences['stepCounterProposal/quick'] = '{chair} finner att {winner} {?x}antagits.';
    input.references.own = '{moverz}';
    input.referenceDefaults.vote = 'nowhere';
    input.organisation.caseNumberPattern = '^(SLK';
    input.organisation.parties.push({ abbreviation: 'D', name: 'Demokraterna', color: '#000000' });
    const { template, problems } = checkTemplate(input);
    expect(template).toBeUndefined();
    expect(problems.map((problem) => [problem.path.join('.'), problem.en])).toEqual([
      ['sections.0.heading', 'Too small: expected string to have >=1 characters'],
      [
        'references.own',
        'unknown placeholder {moverz} (allowed: {name}, {isAdministration}, {noun}, {nounDefinite}, {parties}, {date}, {movers}, {moversGenitive}, {firstMover}, {severalMovers}, {manyMovers})',
      ],
      ['referenceDefaults.vote', 'the reference form "nowhere" is not defined in "references"'],
      ['sentences.motion', 'unknown placeholder {mover} (allowed: {movers}, {items})'],
      ['sentences.motion', 'must contain {movers}'],
      ['sentences.stepCounterProposal/quick', 'the condition {?x} is never closed with {/x}'],
      [
        'sentences.stepCounterProposal/quick',
        'unknown placeholder {x} (allowed: {chair}, {sequence}, {board}, {winner})',
      ],
      ['organisation.caseNumberPattern', '"^(SLK" is not a valid regular expression'],
      ['organisation.parties', 'the party "D" is listed twice'],
    ]);
    expect(problems[0]?.sv).toBe('Avsnittet saknar rubrik.');
    expect(problems[3]?.sv).toBe('okänd platshållare {mover} (tillåtna: {movers}, {items})');
    expect(formatTemplateProblems(problems.slice(0, 1))).toBe(
      'sections.0.heading: Avsnittet saknar rubrik. | Too small: expected string to have >=1 characters',
    );
  });

  it('still requires every version-1 content kind of a version-1 template', () => {
    const input = structuredClone(stockholmDistrictBoardTemplate) as Record<string, unknown> & { sections: unknown[] };
    input.sections = input.sections.slice(0, -1);
    expect(checkTemplate(input).problems.map((problem) => problem.en)).toEqual([
      'The content "attachments" has no section in the template and would not be printed.',
    ]);
  });
});
