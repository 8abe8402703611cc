import type { StatementBlock, StatementKind } from '../model/paragraphBlockSchema';
import { fillPattern } from '../template/fillPattern';
import type { PhraseKey } from '../template/phrasePlaceholders';
import type { ProtocolTemplate } from '../template/protocolTemplateSchema';
import { formatPersons } from './formatPersons';

const PHRASE_BY_KIND: Record<StatementKind, PhraseKey> = {
  sarskilt_uttalande: 'sarskiltUttalande',
  protokollsanteckning: 'protokollsanteckning',
  ersattaryttrande: 'ersattaryttrande',
};

/** "{authors} anmälde ett särskilt uttalande." and its counterparts for protocol notes and substitutes' statements. */
export function statementSentence(statement: StatementBlock, template: ProtocolTemplate): string {
  const pattern = template.phrases[PHRASE_BY_KIND[statement.kind]];
  return fillPattern(pattern, { authors: formatPersons(statement.authors, template.phrases) });
}
