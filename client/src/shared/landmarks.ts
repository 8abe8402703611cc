/** Target of the skip link; every page's <main> carries it. */
export const MAIN_CONTENT_ID = 'main-content';
