import type { CDPSession } from '@playwright/test';

/**
 * Lighthouse's mobile profile (`mobileSlow4G` in lighthouse/core/config/constants.js): 150 ms
 * round trip, 1.6 Mbit/s down, 750 kbit/s up, CPU 4× slower. Lighthouse counts a kbit as 1024
 * bits, and so does this.
 *
 * These are the profile's own figures, applied per request by DevTools. Lighthouse's "devtools"
 * throttling method would instead inflate them (562.5 ms latency, 90 % throughput) to make up
 * for DevTools not modelling TCP round trips; the Lighthouse section of the bench uses its
 * simulated throttling, so the two sets of numbers are not meant to be equal.
 */
export const mobileProfile = {
  rttMs: 150,
  downloadKbps: 1.6 * 1024,
  uploadKbps: 750,
  cpuSlowdown: 4,
} as const;

export const describeProfile = () =>
  `${mobileProfile.rttMs} ms RTT, ${(mobileProfile.downloadKbps / 1024).toFixed(1)} Mbit/s down, ${mobileProfile.uploadKbps} kbit/s up, CPU ${mobileProfile.cpuSlowdown}× slower`;

/**
 * Throttles one page through its own CDP session. Network emulation set on a page's session
 * applies to every request that page makes, the emulator's API and OIDC endpoints on the other
 * origin included; CPU throttling slows that page's renderer main thread.
 */
export async function throttle(cdp: CDPSession) {
  await cdp.send('Network.emulateNetworkConditions', {
    offline: false,
    latency: mobileProfile.rttMs,
    downloadThroughput: (mobileProfile.downloadKbps * 1024) / 8,
    uploadThroughput: (mobileProfile.uploadKbps * 1024) / 8,
    connectionType: 'cellular4g',
  });
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: mobileProfile.cpuSlowdown });
}
