// Renderer tests wait for what the DOM shows, not for the clock. Testing Library's `waitFor` and
// `findBy…` resolve on the DOM change they wait for, but give up after 1 s by default, and a loaded
// machine can take longer than that to render. The limit is raised to just under the test timeout,
// so it only catches a test that hangs, and Testing Library's failure (with the DOM) is the one shown.
export {};

// Vitest loads this before every test file; only the DOM environments have a document.
if (typeof document !== 'undefined') {
  const { configure } = await import('@testing-library/react');
  configure({ asyncUtilTimeout: 25_000 });
}
