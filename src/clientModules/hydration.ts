/**
 * Ends hydration (src/lib/hydration.ts) at its commit, and holds animation-frame callbacks until then.
 *
 * The head manager (react-helmet-async) updates the document's head in an animation frame that it
 * requests while rendering. React hydrates a page in slices with frames in between, so the head used
 * to be updated with only the tags rendered so far, the site's and not the lesson's: the lesson's
 * stylesheet link was removed and added again and the title and the html classes flipped, each change
 * restyling and laying out the whole page again on the reader's phone. Held until the commit, the head
 * is updated once, with the page's complete tags, which are those the server wrote.
 */
import {isHydrating, setHydrating} from '@site/src/lib/hydration';

/** Held callbacks by the (negative) id handed out for them; each leaves when it runs or is cancelled. */
const held = new Map<number, FrameRequestCallback>();
let lastHeldId = 0;

// Installed only where a page is hydrated: not on the server, nor by the development server.
if (isHydrating()) {
  const requestFrame = window.requestAnimationFrame.bind(window);
  const cancelFrame = window.cancelAnimationFrame.bind(window);
  window.requestAnimationFrame = (callback) => {
    if (!isHydrating()) return requestFrame(callback);
    lastHeldId -= 1;
    held.set(lastHeldId, callback);
    return lastHeldId;
  };
  window.cancelAnimationFrame = (id) => {
    if (!held.delete(id)) cancelFrame(id);
  };
}

/** Docusaurus calls this from a layout effect, so its first call comes with the commit of hydration. */
export function onRouteDidUpdate(): void {
  if (!isHydrating()) return;
  setHydrating(false);
  for (const [id, callback] of held) {
    window.requestAnimationFrame((time) => {
      if (held.delete(id)) callback(time);
    });
  }
}
