import { writeFileSync } from 'node:fs';
import { summarizeProfile, summarizeTrace, type CpuProfile, type TraceEvent } from './bench/cpu';
import { pageReady, readMarks, watchForReady } from './bench/marks';
import { formatTimeline, recordNetwork } from './bench/network';
import { attachSection } from './bench/report';
import { displayName, signInOnce } from './bench/signed-in';
import { describeProfile, throttle } from './bench/throttle';
import { catalogOf, english } from './support/catalogs';
import { test } from './support/fixtures';

// Where the main thread's time goes in one throttled, signed-in, cold-cache load of the profile
// (after a warm-up load): printed, never asserted. Sampling slows the page a little, so this load
// is not one of load.bench.ts's timed samples. The profile (open it in DevTools) and the text are
// saved under test-results/bench-artifacts/.
// BENCH_CPU_RATE=1 keeps the network throttled but not the CPU, to see the work at this machine's
// speed; BENCH_TRACE=1 adds a Chrome trace of the renderer's main thread (it costs more);
// BENCH_LOCALE=de (any of the app's languages) loads the page for a reader of that language;
// BENCH_OVERVIEW=1 loads the overview (/) instead of the profile.
test('where the main thread goes in a throttled profile load', async ({ browser, page, user, baseURL }, testInfo) => {
  test.setTimeout(300_000);
  const name = displayName(user);
  const storageState = await signInOnce(page, baseURL!, user);
  const tracing = process.env.BENCH_TRACE === '1';
  const locale = process.env.BENCH_LOCALE;
  const overview = process.env.BENCH_OVERVIEW === '1';
  const titleKey = overview ? 'overview.title' : 'profile.title';
  const heading = (locale ? catalogOf(locale) : english())[titleKey]!;
  const route = overview ? '' : 'profile';

  let lines: string[] = [];
  for (const warmUp of [true, false]) {
    const context = await browser.newContext({ storageState, locale });
    await context.addInitScript(watchForReady, { heading, name });
    const tab = await context.newPage();
    const cdp = await context.newCDPSession(tab);
    const network = await recordNetwork(cdp);
    await throttle(cdp);
    if (process.env.BENCH_CPU_RATE) await cdp.send('Emulation.setCPUThrottlingRate', { rate: Number(process.env.BENCH_CPU_RATE) });
    const traceEvents: TraceEvent[] = [];
    cdp.on('Tracing.dataCollected', (event) => traceEvents.push(...(event.value as unknown as TraceEvent[])));
    const traced = new Promise<void>((resolve) => cdp.once('Tracing.tracingComplete', () => resolve()));
    if (tracing) {
      const includedCategories = ['devtools.timeline', 'disabled-by-default-devtools.timeline', 'v8', 'v8.execute', 'blink', 'loading', 'toplevel', '__metadata'];
      await cdp.send('Tracing.start', { traceConfig: { includedCategories }, transferMode: 'ReportEvents' });
    }
    await cdp.send('Profiler.enable');
    await cdp.send('Profiler.setSamplingInterval', { interval: 200 });
    await cdp.send('Profiler.start');
    const ready = pageReady(tab, 60_000);
    await tab.goto(`${baseURL}${route}`, { waitUntil: 'commit' });
    await ready;
    const { profile } = (await cdp.send('Profiler.stop')) as { profile: CpuProfile };
    if (tracing) {
      await cdp.send('Tracing.end');
      await traced;
    }
    const { marks } = await readMarks(tab);
    const timeline = await network.align(tab);
    await context.close();
    if (warmUp) continue;

    // CDP's network events and the profiler share one monotonic clock: the document's raw start
    // and its start from navigation start give navigation start on that clock.
    const originMs = (network.entries[0]?.start ?? 0) * 1000 - (timeline[0]?.start ?? 0);
    writeFileSync(testInfo.outputPath('profile.cpuprofile'), JSON.stringify(profile));
    if (tracing) writeFileSync(testInfo.outputPath('trace.json'), JSON.stringify({ traceEvents }));
    const reader = locale ? `, browser language ${locale}` : '';
    const cpu = process.env.BENCH_CPU_RATE ? `network as ${describeProfile()}, CPU ${process.env.BENCH_CPU_RATE}× slower` : describeProfile();
    lines = [
      `Main thread of one /${route} load (${cpu}; cold cache, signed in${reader}), name shown at ${Math.max(marks.heading ?? 0, marks.content ?? 0).toFixed(0)} ms:`,
      ...formatTimeline(timeline, []),
      ...summarizeProfile(profile, originMs),
      ...(tracing ? summarizeTrace(traceEvents, originMs) : []),
    ];
  }
  writeFileSync(testInfo.outputPath('cpu.txt'), lines.join('\n'));
  await attachSection(testInfo, { title: lines[0]!, rows: [], details: lines });
});
