/**
 * Keeps a widget from pulling keyboard focus away from where the learner is.
 *
 * The local search box loads its index when it gets focus and, once the index has arrived, focuses
 * itself again. A keyboard user who tabbed through the box and on into a lesson (a checklist, a
 * widget's field) would be yanked back to the navbar a second or two later, mid-sentence.
 *
 * The guard lets `element.focus()` through when it answers a user's action (a key press or click being
 * handled right now, such as the Ctrl+K shortcut), or when nothing else holds focus. A focus call made
 * later, from a timer, a promise or a worker's message, while the learner works elsewhere, is dropped.
 */
export function guardDeferredFocus(element: HTMLElement): () => void {
  const ownFocus = element.focus;
  element.focus = function guardedFocus(options?: FocusOptions) {
    const active = element.ownerDocument.activeElement;
    const focusIsElsewhere = active !== null && active !== element.ownerDocument.body && active !== element;
    // `window.event` is the event being dispatched right now. The search index arrives in a worker's
    // `message` event, so only user-interface events (keys, pointer, focus) count as the learner asking.
    const view = element.ownerDocument.defaultView;
    const answersUserAction = view !== null && view.event instanceof view.UIEvent;
    if (focusIsElsewhere && !answersUserAction) return;
    ownFocus.call(element, options);
  };
  return () => {
    element.focus = ownFocus;
  };
}
