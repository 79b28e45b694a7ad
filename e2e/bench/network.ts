import type { CDPSession, Page } from '@playwright/test';

/** One request as DevTools saw it. Times are CDP monotonic seconds until `align` turns them into ms from navigation start. */
export type NetworkEntry = {
  url: string;
  method: string;
  type: string;
  start: number;
  end?: number;
  status?: number;
  bytes: number;
  failed?: string;
  cached?: boolean;
};

export type TimelineEntry = Omit<NetworkEntry, 'start' | 'end'> & { start: number; end?: number };

/**
 * Records every request of the page through CDP's Network domain. Resource Timing would hide the
 * emulator's (cross-origin) responses' details without Timing-Allow-Origin and never lists CORS
 * preflights or failed requests; the DevTools events see all of them, with bytes on the wire.
 */
export async function recordNetwork(cdp: CDPSession) {
  const byId = new Map<string, NetworkEntry>();
  const entries: NetworkEntry[] = [];
  let documentSent: number | undefined;

  cdp.on('Network.requestWillBeSent', (event) => {
    const previous = byId.get(event.requestId);
    // A redirect reuses the request id: the hop before it ends here.
    if (previous && event.redirectResponse) {
      previous.end = event.timestamp;
      previous.status = event.redirectResponse.status;
    }
    const entry: NetworkEntry = { url: event.request.url, method: event.request.method, type: event.type ?? 'Other', start: event.timestamp, bytes: 0 };
    byId.set(event.requestId, entry);
    entries.push(entry);
  });
  cdp.on('Network.responseReceived', (event) => {
    const entry = byId.get(event.requestId);
    if (!entry) return;
    entry.status = event.response.status;
    entry.cached = event.response.fromDiskCache || event.response.fromServiceWorker || event.response.fromPrefetchCache;
    const timing = event.response.timing;
    // The document's send time is the one instant both CDP and the page's Navigation Timing
    // record from the same clock reading, so it ties the two together exactly.
    if (event.type === 'Document' && documentSent === undefined && timing) documentSent = timing.requestTime * 1000 + timing.sendStart;
  });
  cdp.on('Network.loadingFinished', (event) => {
    const entry = byId.get(event.requestId);
    if (!entry) return;
    entry.end = event.timestamp;
    entry.bytes = event.encodedDataLength;
  });
  cdp.on('Network.loadingFailed', (event) => {
    const entry = byId.get(event.requestId);
    if (!entry) return;
    entry.end = event.timestamp;
    entry.failed = event.canceled ? 'canceled' : event.errorText;
  });
  await cdp.send('Network.enable');

  return {
    entries,
    kb: () => entries.reduce((sum, entry) => sum + entry.bytes, 0) / 1024,
    /** The requests in ms from the page's navigation start (its `performance.timeOrigin`). */
    async align(page: Page): Promise<TimelineEntry[]> {
      const navigation = await page.evaluate(() => {
        const [entry] = performance.getEntriesByType('navigation') as PerformanceNavigationTiming[];
        return entry ? { requestStart: entry.requestStart, fetchStart: entry.fetchStart } : undefined;
      });
      const firstDocument = entries.find((entry) => entry.type === 'Document');
      const originMs =
        documentSent !== undefined && navigation && navigation.requestStart > 0
          ? documentSent - navigation.requestStart
          : (firstDocument?.start ?? 0) * 1000 - (navigation?.fetchStart ?? 0);
      return entries.map((entry) => ({
        ...entry,
        start: entry.start * 1000 - originMs,
        end: entry.end === undefined ? undefined : entry.end * 1000 - originMs,
      }));
    },
  };
}

const shortUrl = (raw: string) => {
  try {
    const url = new URL(raw);
    if (url.protocol === 'data:' || url.protocol === 'blob:') return `${url.protocol}…`;
    const path = `${url.port ? `:${url.port}` : url.host}${url.pathname}${url.search ? '?…' : ''}`;
    return path.length > 58 ? `${path.slice(0, 57)}…` : path;
  } catch {
    return raw.slice(0, 58);
  }
};

/** A text waterfall: one line per request, the marks where they happened, and a bar scaled to the slowest end. */
export function formatTimeline(entries: TimelineEntry[], marks: Array<{ label: string; at: number }>, width = 44): string[] {
  const rows = [
    ...entries.map((entry) => ({ at: entry.start, entry })),
    ...marks.map((mark) => ({ at: mark.at, mark })),
  ].sort((a, b) => a.at - b.at);
  const span = Math.max(1, ...entries.map((entry) => entry.end ?? entry.start), ...marks.map((mark) => mark.at));
  const column = (ms: number) => Math.min(width - 1, Math.max(0, Math.round((ms / span) * (width - 1))));
  const bar = (from: number, to: number, glyph: string) => {
    const a = column(from);
    const b = Math.max(a, column(to));
    return `${' '.repeat(a)}${glyph.repeat(b - a + 1)}`.padEnd(width);
  };
  const lines = [`${'start'.padStart(7)} ${'end'.padStart(7)} ${'KB'.padStart(6)} ${'status'.padStart(6)}  ${'type'.padEnd(10)} ${'request'.padEnd(64)} |waterfall`];
  for (const row of rows) {
    if ('mark' in row && row.mark) {
      lines.push(`${row.mark.at.toFixed(0).padStart(7)} ${''.padStart(7)} ${''.padStart(6)} ${''.padStart(6)}  ${'◆'.padEnd(10)} ${row.mark.label.padEnd(64)} |${bar(row.mark.at, row.mark.at, '◆')}`);
    } else if ('entry' in row && row.entry) {
      const entry = row.entry;
      const status = entry.failed ?? (entry.status === undefined ? '' : String(entry.status));
      lines.push(
        `${entry.start.toFixed(0).padStart(7)} ${(entry.end === undefined ? '…' : entry.end.toFixed(0)).padStart(7)} ${(entry.bytes / 1024).toFixed(1).padStart(6)} ${status.padStart(6)}  ${entry.type.slice(0, 10).padEnd(10)} ${`${entry.method} ${shortUrl(entry.url)}`.padEnd(64)} |${bar(entry.start, entry.end ?? span, entry.end === undefined ? '·' : '█')}`,
      );
    }
  }
  return lines;
}
