import { PHRASE_PATH, PHRASE_TOKEN, type PhraseNode, type PhraseProblem } from './phraseSyntax';

interface OpenSection {
  node: Extract<PhraseNode, { type: 'section' }>;
  parent: PhraseNode[];
}

/** Parses a phrase into its nodes, collecting every syntax problem instead of stopping at the first. */
export function parsePhrase(pattern: string): { nodes: PhraseNode[]; problems: PhraseProblem[] } {
  const root: PhraseNode[] = [];
  const problems: PhraseProblem[] = [];
  const open: OpenSection[] = [];
  let current = root;
  let position = 0;

  const pushText = (text: string) => {
    if (text === '') return;
    if (/[{}]/.test(text)) {
      problems.push({
        sv: `klammerparentesen i "${text}" hör inte till någon platshållare`,
        en: `the brace in "${text}" belongs to no placeholder`,
      });
    }
    current.push({ type: 'text', text });
  };

  for (const match of pattern.matchAll(PHRASE_TOKEN)) {
    pushText(pattern.slice(position, match.index));
    position = match.index + match[0].length;
    const [token, marker, body] = match as unknown as [string, string, string];
    const [pathText = '', ...filterTexts] = body.split('|');
    const path = pathText.trim();
    if (!PHRASE_PATH.test(path)) {
      problems.push({ sv: `"${token}" är ingen giltig platshållare`, en: `"${token}" is not a valid placeholder` });
      continue;
    }
    if (marker === '?' || marker === '!') {
      const node: OpenSection['node'] = {
        type: 'section',
        negated: marker === '!',
        path: path.split('.'),
        children: [],
      };
      current.push(node);
      open.push({ node, parent: current });
      current = node.children;
    } else if (marker === '/') {
      const section = open.pop();
      if (!section || section.node.path.join('.') !== path) {
        problems.push({
          sv: `"${token}" stänger ett villkor som inte är öppet`,
          en: `"${token}" closes a condition that is not open`,
        });
        if (section) open.push(section);
        continue;
      }
      current = section.parent;
    } else {
      const filters = filterTexts.map((text) => {
        const [name = '', ...args] = text.split(':');
        return { name: name.trim(), args };
      });
      current.push({ type: 'value', path: path.split('.'), filters });
    }
  }
  pushText(pattern.slice(position));
  for (const section of open) {
    const name = section.node.path.join('.');
    problems.push({
      sv: `villkoret {?${name}} stängs aldrig med {/${name}}`,
      en: `the condition {?${name}} is never closed with {/${name}}`,
    });
  }
  return { nodes: root, problems };
}
