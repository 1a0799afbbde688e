// Shared by the marketplace tests: a fetch that records every request the client sends.
export interface SeenRequest {
  method: string;
  url: URL;
  headers: Headers;
  body: string | null;
}

export function recordingFetch(): { fetch: typeof fetch; seen: SeenRequest[] } {
  const seen: SeenRequest[] = [];
  const recording: typeof fetch = async (input, init) => {
    const url = new URL(input instanceof Request ? input.url : String(input));
    seen.push({
      method: init?.method ?? 'GET',
      url,
      headers: new Headers(init?.headers),
      body: typeof init?.body === 'string' ? init.body : null,
    });
    return fetch(input, init);
  };
  return { fetch: recording, seen };
}
