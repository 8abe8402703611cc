import type { Editor } from '@tiptap/react';
import { listSuggestions, type SuggestionSummary } from '@yttra/editor';
import { useEffect, useState } from 'react';

/** The editor's open suggestions, kept current as the document changes (locally or through Yjs). */
export function useSuggestions(editor: Editor | null): { suggestions: SuggestionSummary[]; selection: boolean } {
  const [state, setState] = useState<{ suggestions: SuggestionSummary[]; selection: boolean }>({
    suggestions: [],
    selection: false,
  });
  useEffect(() => {
    if (!editor) return;
    let lastDoc = editor.state.doc;
    const read = () => {
      const selection = !editor.state.selection.empty;
      const doc = editor.state.doc;
      setState((current) => {
        if (doc === lastDoc && current.selection === selection && current.suggestions.length > 0) return current;
        lastDoc = doc;
        return { suggestions: listSuggestions(doc), selection };
      });
    };
    read();
    editor.on('transaction', read);
    return () => {
      editor.off('transaction', read);
    };
  }, [editor]);
  return state;
}
