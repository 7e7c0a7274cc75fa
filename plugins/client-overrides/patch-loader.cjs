/**
 * Webpack loader: applies exact text replacements to one module of a dependency, and fails the build
 * when a replacement no longer finds its text exactly once (the dependency changed: look again).
 *
 * @param {string} source
 * @this {{resourcePath: string, getOptions(): {replacements: {find: string, replace: string}[]}}}
 */
module.exports = function patchLoader(source) {
  let patched = source;
  for (const {find, replace} of this.getOptions().replacements) {
    const occurrences = patched.split(find).length - 1;
    if (occurrences !== 1) {
      throw new Error(`${this.resourcePath}: expected "${find}" once, found it ${occurrences} times. The dependency changed; update the patch in plugins/client-overrides/index.ts.`);
    }
    patched = patched.replace(find, () => replace);
  }
  return patched;
};
