import type { ChainedCommands, Editor } from '@tiptap/react';
import type { ReactNode } from 'react';

export interface ToolbarAction {
  id: string;
  label: string;
  shortcut: string;
  content: ReactNode;
  /** Present for toggles: drives aria-pressed. */
  isActive?: (editor: Editor) => boolean;
  canRun?: (editor: Editor) => boolean;
  run: (chain: ChainedCommands) => ChainedCommands;
  groupStart?: boolean;
}

/**
 * Visible text is part of every accessible name (WCAG 2.5.3 label in name), so voice-control users can say
 * what they see. Undo and redo use the Collaboration extension's commands, which only undo one's own edits.
 */
export const TOOLBAR_ACTIONS: readonly ToolbarAction[] = [
  {
    id: 'bold',
    label: 'Fetstil',
    shortcut: 'Control+B Meta+B',
    content: <b aria-hidden="true">F</b>,
    isActive: (editor) => editor.isActive('bold'),
    run: (chain) => chain.toggleBold(),
  },
  {
    id: 'italic',
    label: 'Kursiv',
    shortcut: 'Control+I Meta+I',
    content: <i aria-hidden="true">K</i>,
    isActive: (editor) => editor.isActive('italic'),
    run: (chain) => chain.toggleItalic(),
  },
  {
    id: 'heading',
    label: 'Rubrik',
    shortcut: 'Control+Alt+2 Meta+Alt+2',
    content: 'Rubrik',
    isActive: (editor) => editor.isActive('heading', { level: 2 }),
    run: (chain) => chain.toggleHeading({ level: 2 }),
    groupStart: true,
  },
  {
    id: 'bullet-list',
    label: 'Punktlista',
    shortcut: 'Control+Shift+8 Meta+Shift+8',
    content: (
      <>
        <span aria-hidden="true">• </span>Punktlista
      </>
    ),
    isActive: (editor) => editor.isActive('bulletList'),
    run: (chain) => chain.toggleBulletList(),
  },
  {
    id: 'ordered-list',
    label: 'Numrerad lista',
    shortcut: 'Control+Shift+7 Meta+Shift+7',
    // No "1." glyph here: digits would count as visible text missing from the accessible name.
    content: 'Numrerad lista',
    isActive: (editor) => editor.isActive('orderedList'),
    run: (chain) => chain.toggleOrderedList(),
  },
  {
    id: 'blockquote',
    label: 'Citat',
    shortcut: 'Control+Shift+B Meta+Shift+B',
    content: (
      <>
        <span aria-hidden="true">” </span>Citat
      </>
    ),
    isActive: (editor) => editor.isActive('blockquote'),
    run: (chain) => chain.toggleBlockquote(),
  },
  {
    id: 'undo',
    label: 'Ångra',
    shortcut: 'Control+Z Meta+Z',
    content: 'Ångra',
    canRun: (editor) => editor.can().undo(),
    run: (chain) => chain.undo(),
    groupStart: true,
  },
  {
    id: 'redo',
    label: 'Gör om',
    shortcut: 'Control+Y Meta+Shift+Z',
    content: 'Gör om',
    canRun: (editor) => editor.can().redo(),
    run: (chain) => chain.redo(),
  },
];
