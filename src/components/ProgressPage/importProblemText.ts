/** Why a progress file was refused, worded for the reader; shared by the progress page and the cohort view. */
import {translate} from '@docusaurus/Translate';
import {SCHEMA_VERSION, type ParseProblem} from '@site/src/lib/progress';

/** Why an imported file was refused, in the reader's language; completes "This file can't be imported: …". */
export function importProblemText(problem: ParseProblem): string {
  switch (problem.code) {
    case 'too-large':
      return translate({id: 'progress.import.problem.tooLarge', message: 'it is {kilobytes} KB; a progress file is at most {maxKilobytes} KB'}, problem);
    case 'not-json':
      return translate({id: 'progress.import.problem.notJson', message: 'it is not valid JSON'});
    case 'forbidden-key':
      return translate({id: 'progress.import.problem.forbiddenKey', message: 'it contains the key "{key}", which is not allowed'}, problem);
    case 'other-format':
      return translate({id: 'progress.import.problem.otherFormat', message: 'its format is {format}, not that of a LATAM Backend Path progress file'}, problem);
    case 'not-an-object':
      return translate({id: 'progress.import.problem.notAnObject', message: 'it is not a progress record (expected a JSON object)'});
    case 'unknown-version':
      return translate({id: 'progress.import.problem.unknownVersion', message: 'its schemaVersion is {version}; this site reads versions 1 to {current}'}, {version: problem.version, current: SCHEMA_VERSION});
    case 'ticked-not-a-list':
      return translate({id: 'progress.import.problem.tickedNotAList', message: '"ticked" must be a list of item ids'});
    case 'ticks-not-an-object':
      return translate({id: 'progress.import.problem.ticksNotAnObject', message: '"ticks" must be an object of item id → time'});
    case 'too-many-items':
      return translate({id: 'progress.import.problem.tooManyItems', message: 'it lists {count} items; the most the path has is {max}'}, problem);
    case 'bad-item-id':
      return translate({id: 'progress.import.problem.badItemId', message: '"{id}" is not a valid checklist item id'}, problem);
    case 'bad-time':
      return translate({id: 'progress.import.problem.badTime', message: 'the time of "{id}" is not an ISO date'}, problem);
    case 'read-not-an-object':
      return translate({id: 'progress.import.problem.readNotAnObject', message: '"read" must be an object of lesson id → time'});
    case 'bad-lesson-id':
      return translate({id: 'progress.import.problem.badLessonId', message: '"{id}" is not a valid lesson id'}, problem);
    case 'bad-place':
      return translate({id: 'progress.import.problem.badPlace', message: 'the last lesson read in "{locale}" is not a page of this site'}, problem);
  }
}
