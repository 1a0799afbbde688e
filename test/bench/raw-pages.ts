// The raw way to read pages of the order list: GET with the station's headers, JSON.parse, next.
// Imports nothing, so the raw child process that uses it holds only what reading costs.

/** GETs each URL in turn and parses the body; returns how many orders the pages held. */
export async function fetchPages(urls: readonly string[], apiKey: string): Promise<number> {
  const headers = { 'X-API-KEY': apiKey, Accept: 'application/json', 'User-Agent': 'PackingStation' };
  let items = 0;
  for (const url of urls) {
    const answer = await getOnce(url, headers);
    const body = JSON.parse(await answer.text()) as { items?: unknown[] };
    if (answer.status !== 200) throw new Error(`raw GET ${url}: HTTP ${answer.status}`);
    items += body.items?.length ?? 0;
  }
  return items;
}

/**
 * A GET whose kept-alive connection the server closed just as it was reused breaks before any
 * answer: it is tried once more on a new connection, as the station's client does (api/http.ts).
 */
async function getOnce(url: string, headers: Record<string, string>): Promise<Response> {
  try {
    return await fetch(url, { headers });
  } catch {
    return await fetch(url, { headers });
  }
}
