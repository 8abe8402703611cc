/**
 * `stopEvent` for the protocol node views: events from a view's own controls (marked `data-node-controls`: its
 * inputs, selects, buttons and their labels) are the controls' business, so ProseMirror neither reads keys typed in
 * an input nor turns a click on a button into a node selection. Everything else, above all the editable content,
 * stays ProseMirror's. Controls never wrap a node's content, so the nearest marked ancestor is always the view's own.
 */
export function stopControlEvents({ event }: { event: Event }): boolean {
  const target = event.target;
  return target instanceof Element && target.closest('[data-node-controls]') !== null;
}
