/**
 * What a node view shows in its generated-sentence box: the sentence as the protocol will print it, or, while a
 * field it needs is still empty, a hint in Swedish saying what to fill in.
 */
export interface LiveText {
  text: string;
  complete: boolean;
}

export const sentence = (text: string): LiveText => ({ text, complete: true });
export const hint = (text: string): LiveText => ({ text, complete: false });
