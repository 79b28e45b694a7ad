/** A V8 sampling profile as CDP's `Profiler.stop` returns it. Times are µs on CDP's monotonic clock. */
export type CpuProfile = {
  nodes: Array<{ id: number; callFrame: { functionName: string; url: string; lineNumber: number; columnNumber: number }; children?: number[] }>;
  startTime: number;
  samples: number[];
  timeDeltas: number[];
};

/** One trace event of CDP's `Tracing` domain (Chrome's trace event format). */
export type TraceEvent = { name: string; ph: string; ts: number; dur?: number; pid: number; tid: number; args?: Record<string, unknown> };

const fileOf = (url: string) => url.split('/').pop() ?? url;

/**
 * What the page's main thread did, as text: self time per script and per function (minified
 * names with their line:column in the built file, to look up there), then how busy each 100 ms
 * from navigation start was and with what. `originMs` is navigation start on the profile's clock.
 */
export function summarizeProfile(profile: CpuProfile, originMs: number, topFunctions = 30): string[] {
  const nodes = new Map(profile.nodes.map((node) => [node.id, node.callFrame]));
  const byScript = new Map<string, number>();
  const byFunction = new Map<string, number>();
  const buckets = new Map<number, Map<string, number>>();
  const add = (map: Map<string, number>, key: string, ms: number) => map.set(key, (map.get(key) ?? 0) + ms);
  let at = profile.startTime;
  profile.samples.forEach((id, index) => {
    at += profile.timeDeltas[index] ?? 0;
    // A sample stands for the time until the next one.
    const ms = (profile.timeDeltas[index + 1] ?? 0) / 1000;
    const frame = nodes.get(id);
    if (!frame) return;
    // Native work has no script: "(program)", "(garbage collector)", or a builtin like "fetch".
    const script = frame.url ? fileOf(frame.url) : frame.functionName;
    add(byScript, script, ms);
    add(byFunction, `${frame.functionName || '(anonymous)'} ${script}${frame.url ? `:${frame.lineNumber + 1}:${frame.columnNumber + 1}` : ''}`, ms);
    const bucket = Math.floor((at / 1000 - originMs) / 100);
    add(buckets.get(bucket) ?? buckets.set(bucket, new Map()).get(bucket)!, script, ms);
  });
  const top = (map: Map<string, number>, count: number) =>
    [...map].sort((a, b) => b[1] - a[1]).slice(0, count).map(([key, ms]) => `  ${ms.toFixed(0).padStart(6)} ms  ${key}`);
  const busy = [...buckets].sort((a, b) => a[0] - b[0]).flatMap(([bucket, scripts]) => {
    const work = [...scripts].filter(([script]) => script !== '(idle)').sort((a, b) => b[1] - a[1]);
    const total = work.reduce((sum, [, ms]) => sum + ms, 0);
    if (total < 5) return [];
    return [`  ${String(bucket * 100).padStart(5)}  ${total.toFixed(0).padStart(4)} ms  ${work.slice(0, 4).map(([script, ms]) => `${script} ${ms.toFixed(0)}`).join(', ')}`];
  });
  return [
    'self time by script:',
    ...top(byScript, 12),
    'self time by function:',
    ...top(byFunction, topFunctions),
    'main thread busy per 100 ms from navigation start (ms busy, then the scripts it went to):',
    ...busy,
  ];
}

/**
 * The renderer main thread's trace events longer than `minMs`, in order, as text. Tracing costs a
 * throttled page much more than sampling, so its times run long; it names what sampling cannot
 * (style, layout, an SVG document built for an image, a script's compile).
 */
export function summarizeTrace(events: TraceEvent[], originMs: number, minMs = 3): string[] {
  const thread = events.find(
    (event) =>
      event.name === 'thread_name' &&
      (event.args as { name?: string } | undefined)?.name === 'CrRendererMain' &&
      events.some((other) => other.pid === event.pid && other.tid === event.tid && other.name === 'ParseHTML'),
  );
  if (!thread) return ['trace: no renderer main thread that parsed the page'];
  return [
    `renderer main thread, events over ${minMs} ms (start ms from navigation start, duration ms, name):`,
    ...events
      .filter((event) => event.pid === thread.pid && event.tid === thread.tid && event.ph === 'X' && (event.dur ?? 0) > minMs * 1000)
      .filter((event) => event.name !== 'ThreadControllerImpl::RunTask' && event.name !== 'RunTask')
      .sort((a, b) => a.ts - b.ts)
      .map((event) => {
        const data = (event.args as { data?: { url?: string; functionName?: string } } | undefined)?.data;
        const detail = data?.url ?? data?.functionName ?? '';
        return `  ${(event.ts / 1000 - originMs).toFixed(0).padStart(6)} ${((event.dur ?? 0) / 1000).toFixed(1).padStart(7)}  ${event.name}${detail ? ` ${fileOf(detail)}` : ''}`;
      }),
  ];
}
