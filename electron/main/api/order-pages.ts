// Follows the listing's `next` links. The links come from the server, so they are distrusted: they
// must stay on the API's own origin (the key goes with every request) and must make progress.
import { err, ok, type Result } from '../../../shared/domain/result.ts';
import { type ApiError, invalidResponse, type RequestContext } from './api-error.ts';
import type { OrderPage } from './order-page.ts';

const LISTING: RequestContext = { method: 'GET', subject: 'the order list' };

/** `startOffset` is the query's offset: orders before it count as seen when comparing with total. */
export async function* followPages(
  first: URL,
  startOffset: number,
  base: URL,
  fetchPage: (url: URL) => Promise<Result<OrderPage, ApiError>>,
): AsyncGenerator<Result<OrderPage, ApiError>> {
  const visited = new Set<string>();
  let seen = startOffset;
  for (let url = first; ; ) {
    visited.add(url.href);
    const page = await fetchPage(url);
    yield page;
    if (!page.ok) return;
    const { orders, rejected, total, next } = page.value;
    const count = orders.length + rejected.length;
    seen += count;
    if (next === undefined || seen >= total) return;
    const nextUrl = sameOriginUrl(next, base);
    if (!nextUrl.ok) {
      yield nextUrl;
      return;
    }
    if (visited.has(nextUrl.value.href)) {
      yield err(invalidResponse(LISTING, 'its next link leads back to a page already read'));
      return;
    }
    if (count === 0) {
      yield err(
        invalidResponse(
          LISTING,
          `an empty page links to a next page although ${total - seen} orders are missing`,
        ),
      );
      return;
    }
    url = nextUrl.value;
  }
}

function sameOriginUrl(href: string, base: URL): Result<URL, ApiError> {
  let url: URL;
  try {
    url = new URL(href, base);
  } catch {
    return err(invalidResponse(LISTING, 'its next link is not a valid URL'));
  }
  if (url.origin !== base.origin) {
    return err(
      invalidResponse(
        LISTING,
        `its next link points to another server (${url.host}); the station's key is not sent there`,
      ),
    );
  }
  return ok(url);
}
