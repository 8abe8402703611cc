import { createContext, useContext } from 'react';

/**
 * Whether the document may be changed here. Node views are React portals inside the editor, so they see this
 * context; a read-only editor (a refused document) must not offer fields and buttons that would still write to it.
 */
export const EditableContext = createContext(true);

export function useEditable(): boolean {
  return useContext(EditableContext);
}
