// The plain error page after a crash loop (renderer/public/crashed.html, built next to index.html)
// and its one way out: asking for the page again with ?restart=1, which the window turns into a
// relaunch instead of following.

export const ERROR_PAGE_FILE = 'crashed.html';

/** Is `url` the error page's "Restart station" (the page `errorPageUrl` with restart=1)? */
export function isRestartRequest(url: string, errorPageUrl: string): boolean {
  if (!URL.canParse(url) || !URL.canParse(errorPageUrl)) return false;
  const asked = new URL(url);
  const page = new URL(errorPageUrl);
  return (
    asked.origin === page.origin &&
    asked.protocol === page.protocol &&
    asked.pathname === page.pathname &&
    asked.searchParams.get('restart') === '1'
  );
}
