// A minimal router: routes are a path pattern plus one handler per method.
import type { Reply } from './reply.ts';

export interface RouteRequest {
  /** Captured path segments, decoded. */
  params: readonly string[];
  query: URLSearchParams;
  body: string;
  /** The listen URL, e.g. http://127.0.0.1:41234, for absolute links. */
  origin: string;
}

export type Handler = (request: RouteRequest) => Reply;

export interface Route {
  pattern: RegExp;
  methods: Readonly<Record<string, Handler>>;
}

export type RouteMatch =
  | { kind: 'found'; handler: Handler; params: string[] }
  | { kind: 'no-route' }
  | { kind: 'wrong-method'; allow: string[] };

export function matchRoute(routes: readonly Route[], method: string, path: string): RouteMatch {
  for (const route of routes) {
    const match = route.pattern.exec(path);
    if (!match) continue;
    const handler = route.methods[method];
    if (!handler) return { kind: 'wrong-method', allow: Object.keys(route.methods) };
    return { kind: 'found', handler, params: match.slice(1).map(decodeSegment) };
  }
  return { kind: 'no-route' };
}

function decodeSegment(segment: string | undefined): string {
  try {
    return decodeURIComponent(segment ?? '');
  } catch {
    return segment ?? '';
  }
}
