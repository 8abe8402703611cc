import type { DecorationAttrs } from '@tiptap/pm/view';
import { colorForName, isUserColor } from '../identity/colorForName';
import { normalizeDisplayName } from '../identity/normalizeDisplayName';

interface CaretUser {
  name: string;
  color: string;
}

/** Remote awareness is untrusted: cap the name and keep the colour inside the white-text-safe palette. */
function caretUser(user: Record<string, unknown>): CaretUser {
  const name = (typeof user.name === 'string' ? normalizeDisplayName(user.name) : '') || 'Okänd';
  return { name, color: isUserColor(user.color) ? user.color : colorForName(name) };
}

export function renderCaret(user: Record<string, unknown>): HTMLElement {
  const { name, color } = caretUser(user);
  const caret = document.createElement('span');
  caret.classList.add('collaboration-carets__caret');
  caret.style.borderColor = color;
  // Screen readers would otherwise read the name in the middle of the text; "Andra i dokumentet" lists it instead.
  caret.setAttribute('aria-hidden', 'true');
  const label = document.createElement('div');
  label.classList.add('collaboration-carets__label');
  label.style.backgroundColor = color;
  label.textContent = name;
  caret.append(label);
  return caret;
}

/** A light tint (20 % alpha) so selected text stays readable under someone else's selection. */
export function renderSelection(user: Record<string, unknown>): DecorationAttrs {
  const { name, color } = caretUser(user);
  return { class: 'collaboration-carets__selection', style: `background-color: ${color}33`, 'data-user': name };
}
