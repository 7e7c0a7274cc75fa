/**
 * Which section of a lesson the learner has reached: the last heading scrolled past. Pure, so that the
 * page measures the headings once, when scrolling stops, and this decides.
 */

/** How far below the top of the window a heading still counts as reached: the sticky navbar and a line. */
export const REACHED_OFFSET_PX = 96;

export type HeadingPosition = {id: string; top: number};

/** The id of the last heading whose top is at or above `offset` (headings in page order), or undefined. */
export function sectionReached(headings: HeadingPosition[], offset = REACHED_OFFSET_PX): string | undefined {
  let reached: string | undefined;
  for (const {id, top} of headings) {
    if (top > offset) break;
    reached = id;
  }
  return reached;
}
