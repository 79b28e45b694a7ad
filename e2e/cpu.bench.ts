import { writeFileSync } from 'node:fs';
import { readMarks, readyMessage, watchForReady } from './bench/marks';
import { recordNetwork } from './bench/network';
import { throttle } from './bench/throttle';
import { expect, submitSignInForm, test } from './support/fixtures';

// Where the main thread's time goes during one throttled, signed-in, cold-cache load of the profile.
// A sampling profile slows the page a little, so this load is not one of the timed samples of
// load.bench.ts; it answers "what runs between the bytes arriving and the name showing".

type ProfileNode = { id: number; callFrame: { functionName: string; url: string; lineNumber: number; columnNumber: number }; children?: number[] };
type TraceEvent = { name: string; ph: string; ts: number; dur?: number; pid: number; tid: number; cat: string; args?: Record<string, unknown> };
type CpuProfile = { nodes: ProfileNode[]; startTime: number; endTime: number; samples: number[]; timeDeltas: number[] };

test('main-thread time of a throttled profile load', async ({ browser, page, user, baseURL }, testInfo) => {
  test.setTimeout(300_000);
  await page.goto(`${baseURL}profile`);
  await page.getByRole('button', { name: 'Sign in' }).click();
  await submitSignInForm(page, user);
  const name = user.name ?? user.username;
  await expect(page.getByRole('main').getByText(name, { exact: true }).first()).toBeVisible();
  const storageState = await page.context().storageState();

  const lines: string[] = [];
  for (const run of [0, 1]) {
    const context = await browser.newContext({ storageState });
    await context.addInitScript(watchForReady, { heading: 'Profile', name });
    const tab = await context.newPage();
    const cdp = await context.newCDPSession(tab);
    const network = await recordNetwork(cdp);
    const initiators = new Map<string, string>();
    cdp.on('Network.requestWillBeSent', (event) => {
      const initiator = event.initiator;
      initiators.set(event.request.url, `${initiator.type}${initiator.url ? ` ${initiator.url.split('/').pop()}` : ''}${initiator.stack?.callFrames?.[0] ? ` ${initiator.stack.callFrames[0].url.split('/').pop()}` : ''}`);
    });
    await throttle(cdp);
    if (process.env.CPU_RATE) await cdp.send('Emulation.setCPUThrottlingRate', { rate: Number(process.env.CPU_RATE) });
    const traceEvents: TraceEvent[] = [];
    cdp.on('Tracing.dataCollected', (event) => traceEvents.push(...(event.value as unknown as TraceEvent[])));
    const traceDone = new Promise<void>((resolve) => cdp.once('Tracing.tracingComplete', () => resolve()));
    const tracing = process.env.TRACE === '1';
    if (tracing) await cdp.send('Tracing.start', { traceConfig: { includedCategories: ['devtools.timeline', 'disabled-by-default-devtools.timeline', 'v8', 'v8.execute', 'blink', 'loading', 'toplevel', '__metadata'] }, transferMode: 'ReportEvents' });
    await cdp.send('Profiler.enable');
    await cdp.send('Profiler.setSamplingInterval', { interval: 200 });
    await cdp.send('Profiler.start');
    const ready = tab.waitForEvent('console', { predicate: (message) => message.text() === readyMessage, timeout: 60_000 });
    await tab.goto(`${baseURL}profile`, { waitUntil: 'commit' });
    await ready;
    const { marks } = await readMarks(tab);
    const { profile } = (await cdp.send('Profiler.stop')) as { profile: CpuProfile };
    if (tracing) {
      await cdp.send('Tracing.end');
      await traceDone;
    }
    const timeline = await network.align(tab);
    // CDP's network and profiler clocks are the same monotonic one: the document's raw and aligned
    // start tie the profile's samples to ms from navigation start.
    const originMs = (network.entries[0]?.start ?? 0) * 1000 - (timeline[0]?.start ?? 0);
    await context.close();
    if (run === 0) continue; // warm-up

    writeFileSync(testInfo.outputPath('profile.cpuprofile'), JSON.stringify(profile));
    const byId = new Map(profile.nodes.map((node) => [node.id, node]));
    const selfByFunction = new Map<string, number>();
    const selfByUrl = new Map<string, number>();
    const buckets = new Map<number, Map<string, number>>();
    // Profiler timestamps are in µs on the same monotonic clock as CDP network times.
    let at = profile.startTime;
    profile.samples.forEach((id, index) => {
      at += profile.timeDeltas[index] ?? 0;
      const delta = (profile.timeDeltas[index + 1] ?? 0) / 1000;
      const node = byId.get(id)!;
      const frame = node.callFrame;
      const file = frame.url.split('/').pop() || frame.functionName;
      const key = `${frame.functionName || '(anonymous)'} ${file}:${frame.lineNumber + 1}:${frame.columnNumber + 1}`;
      selfByFunction.set(key, (selfByFunction.get(key) ?? 0) + delta);
      selfByUrl.set(file, (selfByUrl.get(file) ?? 0) + delta);
      const bucket = Math.floor((at / 1000 - originMs) / 100);
      const row = buckets.get(bucket) ?? new Map<string, number>();
      row.set(file, (row.get(file) ?? 0) + delta);
      buckets.set(bucket, row);
    });
    const top = (map: Map<string, number>, count: number) => [...map].sort((a, b) => b[1] - a[1]).slice(0, count).map(([key, ms]) => `  ${ms.toFixed(0).padStart(6)} ms  ${key}`);
    lines.push(`marks (ms from navigation start): ${JSON.stringify(marks)}`);
    lines.push('requests:');
    for (const entry of timeline) lines.push(`  ${entry.start.toFixed(0).padStart(6)} → ${entry.end?.toFixed(0).padStart(6)}  ${entry.method} ${entry.url}  [${initiators.get(entry.url)}]`);
    lines.push('self time by script:', ...top(selfByUrl, 15));
    lines.push('self time by function:', ...top(selfByFunction, 40));
    const threadName = traceEvents.find((event) => event.name === 'thread_name' && (event.args as { name?: string })?.name === 'CrRendererMain' && traceEvents.some((other) => other.pid === event.pid && other.name === 'ParseHTML'));
    const mainEvents = traceEvents.filter((event) => threadName && event.pid === threadName.pid && event.tid === threadName.tid && event.ph === 'X' && (event.dur ?? 0) > 0);
    writeFileSync(testInfo.outputPath('trace.json'), JSON.stringify({ traceEvents }));
    lines.push('renderer main thread, trace events over 3 ms (start ms, duration ms, name, detail):');
    const interesting = mainEvents.filter((event) => (event.dur ?? 0) > 3000 && event.name !== 'ThreadControllerImpl::RunTask' && event.name !== 'RunTask');
    for (const event of interesting.sort((a, b) => a.ts - b.ts)) {
      const args = event.args as { data?: { url?: string; functionName?: string; type?: string; fileName?: string }; fileName?: string } | undefined;
      const detail = args?.data?.url ?? args?.data?.functionName ?? args?.data?.type ?? args?.fileName ?? '';
      lines.push(`  ${(event.ts / 1000 - originMs).toFixed(0).padStart(6)} ${((event.dur ?? 0) / 1000).toFixed(1).padStart(7)}  ${event.name} ${String(detail).split('/').pop()}`);
    }
    lines.push('main thread busy per 100 ms, from navigation start:');
    for (const [bucket, row] of [...buckets].sort((a, b) => a[0] - b[0])) {
      const busy = [...row].filter(([file]) => file !== '(idle)').sort((a, b) => b[1] - a[1]);
      const total = busy.reduce((sum, [, ms]) => sum + ms, 0);
      if (total < 5) continue;
      lines.push(`  ${(bucket * 100).toString().padStart(5)}  ${total.toFixed(0).padStart(4)} ms  ${busy.slice(0, 4).map(([file, ms]) => `${file} ${ms.toFixed(0)}`).join(', ')}`);
    }
  }
  const text = lines.join('\n');
  writeFileSync(testInfo.outputPath('cpu.txt'), text);
  console.log(text);
});
