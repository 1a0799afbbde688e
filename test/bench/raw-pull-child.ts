// The raw side of the pull's peak memory, in a fresh process: reads the pages a `station pull`
// fetched (URLs from BENCH_PROBE_FILE), parses each and lets it go, and prints its own peak RSS.
import { readFileSync } from 'node:fs';
import { fetchPages } from './raw-pages.ts';

const probe = JSON.parse(readFileSync(process.env.BENCH_PROBE_FILE ?? '', 'utf8')) as { urls: string[] };
const items = await fetchPages(probe.urls, process.env.BENCH_API_KEY ?? '');
process.stdout.write(`${JSON.stringify({ maxRssKiB: process.resourceUsage().maxRSS, items })}\n`);
