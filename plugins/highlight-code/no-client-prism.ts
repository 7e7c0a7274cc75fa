// Stands in for the theme's client-side Prism language loader: code is highlighted at build time
// (plugins/highlight-code), so the browser needs no Prism.
export {};
