/** Transaction meta of a deliberate removal (a block's "Ta bort"), which may take structure with it. */
export const REMOVES_BLOCK = 'yttraRemovesBlock';
