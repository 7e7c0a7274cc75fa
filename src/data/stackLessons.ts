/**
 * Which lesson of the stacks module teaches each stack. A learner reads two of the five, so a teaching
 * plan counts two of these lessons, not five (src/lib/teaching-plan.ts). Values are the last part of the
 * lesson's doc id, which stays the same in every edition and language.
 */
import type {StackKey} from './stacks';

export const STACK_LESSONS: Record<StackKey, string> = {
  node: 'nodejs-typescript',
  python: 'python',
  java: 'java-spring-boot',
  csharp: 'csharp-aspnet-core',
  go: 'go',
};

/** How many stacks a learner picks (the stacks module's first lesson explains the choice). */
export const STACKS_PICKED = 2;
