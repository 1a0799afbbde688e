// A fetch in front of the simulator that lets a test answer some requests itself (Equipme's
// semantics our simulator does not share) or act between requests (another actor moving orders).
export type Intercept = (request: {
  method: string;
  url: URL;
}) => Response | undefined | Promise<Response | undefined>;

export function interceptingFetch(intercept: Intercept, after?: (url: URL, method: string) => Promise<void>) {
  return async (input: string | URL | Request, init?: RequestInit): Promise<Response> => {
    const url = new URL(input instanceof Request ? input.url : String(input));
    const method = (init?.method ?? (input instanceof Request ? input.method : 'GET')).toUpperCase();
    const answer = await intercept({ method, url });
    if (answer) return answer;
    const response = await fetch(input, init);
    if (after) {
      // Read the body first so the hook runs after the server answered, as a real page would arrive.
      const body = await response.arrayBuffer();
      await after(url, method);
      const empty = response.status === 204 || response.status === 304;
      return new Response(empty ? null : body, { status: response.status, headers: response.headers });
    }
    return response;
  };
}

export function errorJson(
  status: number,
  errorCode: string,
  errorDescription: string,
  data?: unknown,
): Response {
  return new Response(JSON.stringify({ errorCode, errorDescription, data: data ?? null }), {
    status,
    headers: { 'content-type': 'application/json' },
  });
}
